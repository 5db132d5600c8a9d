import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchPlatformCoverage } from '../../../../../src/features/adoption/api/platform-coverage';
import { leftOutNote, leftOutPlatforms } from '../../../../../src/features/adoption/model/left-out-platforms';
import { openBundledDb, openNodeDb } from '../../../../support/node-db';

describe('adoption/platform-coverage (real DuckDB-WASM)', () => {
  let bundled: Db;
  beforeAll(async () => {
    bundled = await openBundledDb();
  });

  it('counts the bundled figures per platform, region and measure, as signups.csv has them', async () => {
    const rows = await fetchPlatformCoverage(bundled);
    // Counted by hand in data/signups.csv (measure not "other", value above zero).
    expect(rows.filter((r) => r.region !== 'global')).toEqual([
      { platform: 'Threads', region: 'US', measure: 'DAU', points: 2 },
      { platform: 'X', region: 'EU-27', measure: 'MAU', points: 6 },
      { platform: 'X', region: 'France', measure: 'MAU', points: 1 },
      { platform: 'X', region: 'US', measure: 'mDAU', points: 3 },
    ]);
    expect(rows.find((r) => r.platform === 'Mastodon' && r.region === 'global' && r.measure === 'MAU')?.points).toBe(
      14,
    );
    expect(rows.some((r) => r.platform === 'X' && r.measure === 'registered')).toBe(false);
  });

  it('names the platforms EU-27 leaves out of the MAU chart', async () => {
    const rows = await fetchPlatformCoverage(bundled);
    expect(leftOutNote(leftOutPlatforms(rows, 'MAU', 'EU-27'), 'MAU', 'EU-27')).toBe(
      'Threads, Bluesky, and Mastodon have no figures for EU-27.',
    );
  });

  it('leaves out measures the chart does not draw and figures of zero', async () => {
    const db = await openNodeDb();
    // A hand-made table in place of the store's (empty) signups view.
    await db.exec('DROP VIEW signups');
    await db.exec(`CREATE TABLE signups AS SELECT * FROM (VALUES
      ('A', 'global', 'MAU', 5.0), ('A', 'global', 'MAU', 7.0), ('A', 'US', 'other', 0.4),
      ('B', 'global', 'DAU', 0.0), ('B', 'US', 'registered', 3.0)) t(platform, region, measure, value)`);
    expect(await fetchPlatformCoverage(db)).toEqual([
      { platform: 'A', region: 'global', measure: 'MAU', points: 2 },
      { platform: 'B', region: 'US', measure: 'registered', points: 1 },
    ]);
  });
});
