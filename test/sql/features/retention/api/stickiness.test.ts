import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchActiveDays } from '../../../../../src/features/retention/api/active-days';
import { fetchStickinessRatio } from '../../../../../src/features/retention/api/stickiness-ratio';
import { openLifecycleDb } from './lifecycle-log';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('stickiness on the hand-made log (lifecycle-log.ts)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openLifecycleDb();
  });

  it('gives DAU/MAU per month as user-days ÷ days covered ÷ monthly actives', async () => {
    const rows = await fetchStickinessRatio(db, { platforms: [], region: 'all' });
    const at = Object.fromEntries(rows.map((r) => [`${r.platform} ${iso(r.month)}`, r]));
    expect(rows).toHaveLength(2);
    // Gamma, January: g1 4 days, g2 1, g3 4, g4 2 = 11 user-days over all 31 days, 4 users.
    expect(at['Gamma 2024-01-01']).toMatchObject({
      observed_days: 31,
      complete: true,
      active_user_days: 11,
      mau: 4,
      modelled: false,
    });
    expect(at['Gamma 2024-01-01']!.avg_dau).toBeCloseTo(11 / 31, 12);
    expect(at['Gamma 2024-01-01']!.dau_mau).toBeCloseTo(11 / 124, 12);
    // Delta's log ends on 22 January: 3 user-days (d1 twice, d2 once) over 22 days, 2 users.
    expect(at['Delta 2024-01-01']).toMatchObject({ observed_days: 22, complete: false, mau: 2, modelled: true });
    expect(at['Delta 2024-01-01']!.dau_mau).toBeCloseTo(3 / 22 / 2, 12);
  });

  it('averages over the days from the first active day when the log starts inside the month', async () => {
    // Region R2 is g3 alone, first active on 10 January: 4 days active out of 22 covered.
    const [row, ...rest] = await fetchStickinessRatio(db, { platforms: ['Gamma'], region: 'R2' });
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ observed_days: 22, complete: false, active_user_days: 4, mau: 1 });
    expect(row!.dau_mau).toBeCloseTo(4 / 22, 12);
  });

  it("counts each user's active days in the platform's last 30 logged days", async () => {
    const rows = await fetchActiveDays(db, { platforms: [], region: 'all' });
    const gamma = rows.filter((r) => r.platform === 'Gamma');
    // Window 2 Jan – 31 Jan: g1 3 days (1 January is outside), g2 1, g3 4, g4 2.
    expect(gamma).toHaveLength(30);
    expect(gamma.map((r) => r.days_active)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect([iso(gamma[0]!.window_start), iso(gamma[0]!.window_end)]).toEqual(['2024-01-02', '2024-01-31']);
    expect(gamma.slice(0, 5).map((r) => [r.users, r.share])).toEqual([
      [1, 0.25],
      [1, 0.25],
      [1, 0.25],
      [1, 0.25],
      [0, 0],
    ]);
    expect(gamma.slice(4).every((r) => r.users === 0)).toBe(true);
    // Delta: window 24 Dec 2023 – 22 Jan 2024; d1 2 days, d2 1.
    const delta = rows.filter((r) => r.platform === 'Delta');
    expect(iso(delta[0]!.window_start)).toBe('2023-12-24');
    expect(delta.slice(0, 3).map((r) => [r.users, r.share])).toEqual([
      [1, 0.5],
      [1, 0.5],
      [0, 0],
    ]);
    expect(delta.every((r) => r.modelled)).toBe(true);
  });

  it('returns no rows for a selection with no activity', async () => {
    // Delta has no user in R2; a platform name is bound as a value, never read as SQL.
    expect(await fetchActiveDays(db, { platforms: ['Delta'], region: 'R2' })).toEqual([]);
    expect(await fetchStickinessRatio(db, { platforms: ["Delta' OR 1=1 --"], region: 'all' })).toEqual([]);
  });
});
