import { describe, expect, it } from 'vitest';
import {
  curvesFileParts,
  curvesSettings,
  retentionSourcesLine,
} from '../../../../../src/features/retention/components/retention-export-caption';

const VIEW = { source: 'aggregate', region: 'all', mode: 'nday', maxDay: 90, fit: false } as const;

describe('retention export captions', () => {
  it('names the files by platforms, region and mode, adding raw events and fitted only when they apply', () => {
    expect(curvesFileParts(VIEW, ['Threads'])).toEqual(['Threads', 'all regions', 'nday']);
    expect(curvesFileParts({ ...VIEW, region: 'EU-27', source: 'events', fit: true }, ['Threads', 'X'])).toEqual([
      'Threads',
      'X',
      'EU-27',
      'nday',
      'raw events',
      'fitted',
    ]);
  });

  it('writes every setting that changes the drawing into one line', () => {
    expect(curvesSettings(VIEW, ['Bluesky', 'Threads'])).toBe(
      'Platforms: Bluesky, Threads · Region: all regions · Retention: N-day (active on day N) · Days: days 1–90 · Data: cohort table',
    );
    expect(
      curvesSettings({ ...VIEW, mode: 'unbounded', fit: true, maxDay: 30, source: 'events', region: 'US' }, ['X']),
    ).toBe(
      'Platforms: X · Region: US · Retention: unbounded (active on day N or later) · Days: days 1–30, fitted and extrapolated to day 365 · Data: raw events',
    );
  });

  it("groups platforms by file and what the file says of itself, in the app's platform order", () => {
    const line = retentionSourcesLine([
      { platform: 'Bluesky', file_name: 'data/retention.csv', sources: 'generate-retention.mjs', modelled: true },
      { platform: 'Pixelfed', file_name: 'pixelfed.csv', sources: 'own count', modelled: false },
      { platform: 'Threads', file_name: 'data/retention.csv', sources: 'generate-retention.mjs', modelled: true },
      { platform: 'Threads', file_name: 'log.csv', sources: null, modelled: false },
    ]);
    expect(line).toBe(
      // Bundled platforms first (Threads, X, Bluesky, Mastodon), then the others by name; files by their first platform.
      'data/retention.csv (generate-retention.mjs; modelled): Threads, Bluesky · log.csv (reported): Threads · pixelfed.csv (own count; reported): Pixelfed',
    );
    expect(retentionSourcesLine([])).toBe('');
  });
});
