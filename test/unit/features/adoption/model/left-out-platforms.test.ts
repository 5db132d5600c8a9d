import { describe, expect, it } from 'vitest';
import { leftOutNote, leftOutPlatforms } from '../../../../../src/features/adoption/model/left-out-platforms';

// The bundled signups.csv's platform/region/measure triples (value > 0), read off the file by hand.
const COVERAGE = [
  { platform: 'X', region: 'EU-27', measure: 'MAU' },
  { platform: 'X', region: 'France', measure: 'MAU' },
  { platform: 'Threads', region: 'US', measure: 'DAU' },
  { platform: 'X', region: 'US', measure: 'mDAU' },
  { platform: 'Bluesky', region: 'global', measure: 'DAU' },
  { platform: 'Threads', region: 'global', measure: 'DAU' },
  { platform: 'X', region: 'global', measure: 'DAU' },
  { platform: 'Bluesky', region: 'global', measure: 'MAU' },
  { platform: 'Mastodon', region: 'global', measure: 'MAU' },
  { platform: 'Threads', region: 'global', measure: 'MAU' },
  { platform: 'X', region: 'global', measure: 'MAU' },
  { platform: 'X', region: 'global', measure: 'mDAU' },
  { platform: 'Bluesky', region: 'global', measure: 'registered' },
  { platform: 'Mastodon', region: 'global', measure: 'registered' },
  { platform: 'Threads', region: 'global', measure: 'registered' },
] as const;

describe('leftOutPlatforms', () => {
  it('names every platform without figures of the measure in the region, in the app’s platform order', () => {
    expect(leftOutPlatforms(COVERAGE, 'MAU', 'EU-27')).toEqual([
      { platform: 'Threads', measuresThere: [] },
      { platform: 'Bluesky', measuresThere: [] },
      { platform: 'Mastodon', measuresThere: [] },
    ]);
  });

  it('says which measures a left-out platform does have in the region', () => {
    expect(leftOutPlatforms(COVERAGE, 'registered', 'global')).toEqual([
      { platform: 'X', measuresThere: ['MAU', 'DAU', 'mDAU'] },
    ]);
    expect(leftOutPlatforms(COVERAGE, 'DAU', 'US')).toEqual([
      { platform: 'X', measuresThere: ['mDAU'] },
      { platform: 'Bluesky', measuresThere: [] },
      { platform: 'Mastodon', measuresThere: [] },
    ]);
  });

  it('leaves nothing out when every platform has the measure there, and knows no platform before the data loads', () => {
    expect(leftOutPlatforms(COVERAGE, 'MAU', 'global')).toEqual([]);
    expect(leftOutPlatforms([], 'MAU', 'EU-27')).toEqual([]);
  });

  it('counts an imported platform as one the analyst expects to see', () => {
    const withImport = [...COVERAGE, { platform: 'Pixelfed', region: 'global', measure: 'registered' } as const];
    expect(leftOutPlatforms(withImport, 'MAU', 'global')).toEqual([
      { platform: 'Pixelfed', measuresThere: ['registered'] },
    ]);
  });
});

describe('leftOutNote', () => {
  it('says which platforms are left out and why, one sentence per reason', () => {
    expect(leftOutNote(leftOutPlatforms(COVERAGE, 'MAU', 'EU-27'), 'MAU', 'EU-27')).toBe(
      'Threads, Bluesky, and Mastodon have no figures for EU-27.',
    );
    expect(leftOutNote(leftOutPlatforms(COVERAGE, 'DAU', 'US'), 'DAU', 'US')).toBe(
      'X has no DAU figures for US, only mDAU. Bluesky and Mastodon have no figures for US.',
    );
    expect(leftOutNote(leftOutPlatforms(COVERAGE, 'registered', 'global'), 'registered', 'global')).toBe(
      'X has no registered accounts figures for global, only MAU, DAU, and mDAU.',
    );
  });

  it('is null when nothing is left out', () => {
    expect(leftOutNote([], 'MAU', 'global')).toBeNull();
  });
});
