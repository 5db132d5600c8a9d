import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchActiveDays } from '../../../../../src/features/retention/api/active-days';
import { fetchStickinessRatio } from '../../../../../src/features/retention/api/stickiness-ratio';
import { referenceActiveDays, referenceDauMau } from '../../../../e2e/retention/activity-reference';
import { openBundledDb, readDataFile } from '../../../../support/node-db';

describe('stickiness on the bundled activity sample', () => {
  let db: Db;
  const csv = new TextDecoder().decode(readDataFile('events-sample.csv'));
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('matches a user-by-user count in plain TypeScript: DAU/MAU for every platform and month', async () => {
    const rows = await fetchStickinessRatio(db, { platforms: [], region: 'all' });
    const reference = referenceDauMau(csv);
    expect(rows).toHaveLength(reference.size);
    for (const r of rows) {
      const key = `${r.platform} ${r.month.toISOString().slice(0, 7)}`;
      expect(r.dau_mau, key).toBeCloseTo(reference.get(key)!, 12);
      expect(r.modelled).toBe(true);
    }
  });

  it('matches it for the days active in each platform’s last 30 logged days', async () => {
    const rows = await fetchActiveDays(db, { platforms: [], region: 'all' });
    const reference = referenceActiveDays(csv);
    expect(rows).toHaveLength(4 * 30);
    for (const r of rows)
      expect(r.users, `${r.platform} ${r.days_active}`).toBe(reference.get(`${r.platform} ${r.days_active}`) ?? 0);
    for (const platform of ['Threads', 'X', 'Bluesky', 'Mastodon'])
      expect(rows.filter((r) => r.platform === platform).reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
  });
});
