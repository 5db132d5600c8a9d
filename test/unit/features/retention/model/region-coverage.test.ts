import { describe, expect, it } from 'vitest';
import {
  platformsWithoutRegion,
  regionCoverageNote,
} from '../../../../../src/features/retention/model/region-coverage';

// The bundled retention.csv's platform/region pairs, read off the file by hand.
const PRESENT = [
  { platform: 'Bluesky', region: 'Brazil' },
  { platform: 'Bluesky', region: 'US' },
  { platform: 'Mastodon', region: 'EU-27' },
  { platform: 'Threads', region: 'EU-27' },
  { platform: 'Threads', region: 'US' },
  { platform: 'X', region: 'US' },
];
const ALL = ['Threads', 'X', 'Bluesky', 'Mastodon'];

describe('platformsWithoutRegion', () => {
  it('names the shown platforms with no cohorts in the region, in display order', () => {
    expect(platformsWithoutRegion(PRESENT, ALL, 'EU-27', 'all')).toEqual(['X', 'Bluesky']);
    expect(platformsWithoutRegion(PRESENT, ALL, 'Brazil', 'all')).toEqual(['Threads', 'X', 'Mastodon']);
  });

  it('names only platforms that are shown', () => {
    expect(platformsWithoutRegion(PRESENT, ['Threads', 'Bluesky'], 'EU-27', 'all')).toEqual(['Bluesky']);
  });

  it('hides nothing for all regions or a region every shown platform has', () => {
    expect(platformsWithoutRegion(PRESENT, ALL, 'all', 'all')).toEqual([]);
    expect(platformsWithoutRegion(PRESENT, ['Threads', 'X', 'Bluesky'], 'US', 'all')).toEqual([]);
  });
});

describe('regionCoverageNote', () => {
  it('says which platforms the region leaves out', () => {
    expect(regionCoverageNote('EU-27', ['X', 'Bluesky'])).toBe('No EU-27 figures for X and Bluesky.');
    expect(regionCoverageNote('Brazil', ['Threads', 'X', 'Mastodon'])).toBe(
      'No Brazil figures for Threads, X, and Mastodon.',
    );
    expect(regionCoverageNote('US', [])).toBeNull();
  });
});
