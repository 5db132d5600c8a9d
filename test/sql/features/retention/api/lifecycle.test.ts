import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchLifecycle, type LifecycleRow } from '../../../../../src/features/retention/api/lifecycle';
import { openLifecycleDb } from './lifecycle-log';

/** [period, new, returning, resurrecting, dormant, complete] per row, for one platform. */
const table = (rows: readonly LifecycleRow[], platform: string) =>
  rows
    .filter((r) => r.platform === platform)
    .map((r) => [
      r.period.toISOString().slice(0, 10),
      r.new_users,
      r.returning_users,
      r.resurrecting_users,
      r.dormant_users,
      r.complete,
    ]);

describe('weekly lifecycle on the hand-made log (lifecycle-log.ts)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openLifecycleDb();
  });

  it('classifies every active user once and counts the dormant the week after their last activity', async () => {
    const rows = await fetchLifecycle(db, { platforms: [], region: 'all', grain: 'week' });
    // Worked out on paper from the active weeks in lifecycle-log.ts:
    // W1 g1 g2 new. W2 g1 returning, g3 new, g2 dormant. W3 g3 returning, g4 new, g1 dormant.
    // W4 g1 resurrecting (last active W2), g3 returning, g4 dormant. W5 g3 returning,
    // g4 resurrecting, g1 dormant; the log stops on Wednesday 31 Jan, so W5 is partial.
    expect(table(rows, 'Gamma')).toEqual([
      ['2024-01-01', 2, 0, 0, 0, true],
      ['2024-01-08', 1, 1, 0, 1, true],
      ['2024-01-15', 1, 1, 0, 1, true],
      ['2024-01-22', 0, 1, 1, 1, true],
      ['2024-01-29', 0, 1, 1, 1, false],
    ]);
  });

  it('lists a week with nobody active as zeros and counts a user dormant only once', async () => {
    const rows = await fetchLifecycle(db, { platforms: ['Delta'], region: 'all', grain: 'week' });
    // W1 d1 d2 new; W2 both dormant; W3 nobody (d1 and d2 were already dormant); W4 d1 back.
    expect(table(rows, 'Delta')).toEqual([
      ['2024-01-01', 2, 0, 0, 0, true],
      ['2024-01-08', 0, 0, 0, 2, true],
      ['2024-01-15', 0, 0, 0, 0, true],
      ['2024-01-22', 0, 0, 1, 0, false],
    ]);
    expect(rows.every((r) => r.platform === 'Delta')).toBe(true);
  });

  it('carries each platform modelled flag from the log', async () => {
    const rows = await fetchLifecycle(db, { platforms: [], region: 'all', grain: 'week' });
    expect(new Set(rows.filter((r) => r.platform === 'Delta').map((r) => r.modelled))).toEqual(new Set([true]));
    expect(new Set(rows.filter((r) => r.platform === 'Gamma').map((r) => r.modelled))).toEqual(new Set([false]));
  });

  it('counts only the users whose first signup was in the region', async () => {
    const rows = await fetchLifecycle(db, { platforms: ['Gamma'], region: 'R1', grain: 'week' });
    // Without g3 (R2): W1 g1 g2 new; W2 g1 returning, g2 dormant; W3 g4 new, g1 dormant;
    // W4 g1 resurrecting, g4 dormant; W5 g4 resurrecting, g1 dormant.
    expect(table(rows, 'Gamma')).toEqual([
      ['2024-01-01', 2, 0, 0, 0, true],
      ['2024-01-08', 0, 1, 0, 1, true],
      ['2024-01-15', 1, 0, 0, 1, true],
      ['2024-01-22', 0, 0, 1, 1, true],
      ['2024-01-29', 0, 0, 1, 1, false],
    ]);
  });

  it('binds a platform name as a value, quotes and all', async () => {
    const rows = await fetchLifecycle(db, { platforms: ["Gamma' OR 'x' = 'x"], region: 'all', grain: 'week' });
    expect(rows).toEqual([]);
  });
});

describe('daily and monthly lifecycle on the hand-made log (Epsilon in lifecycle-log.ts)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openLifecycleDb({ epsilon: true });
  });

  it('follows users from day to day: a day off makes a user dormant, the day after it back resurrecting', async () => {
    const rows = table(await fetchLifecycle(db, { platforms: ['Epsilon'], region: 'all', grain: 'day' }), 'Epsilon');
    // Worked out on paper from the active days in lifecycle-log.ts:
    // 30 Jan e1 new. 31 Jan e1 returning, e2 new. 1 Feb e3 new; e1 and e2 (active the day before) dormant.
    // 2 Feb e1 resurrecting, e3 returning. 3 Feb e3 returning, e1 dormant. 4 Feb e3 dormant.
    // 10 Mar e4 new, 11 Mar e4 dormant; 15 Mar e2 resurrecting, 16 Mar e2 dormant;
    // 1 Apr e1 resurrecting; 2 Apr (the last logged day) e4 resurrecting, e1 dormant.
    const busy = [
      ['2024-01-30', 1, 0, 0, 0, true],
      ['2024-01-31', 1, 1, 0, 0, true],
      ['2024-02-01', 1, 0, 0, 2, true],
      ['2024-02-02', 0, 1, 1, 0, true],
      ['2024-02-03', 0, 1, 0, 1, true],
      ['2024-02-04', 0, 0, 0, 1, true],
      ['2024-03-10', 1, 0, 0, 0, true],
      ['2024-03-11', 0, 0, 0, 1, true],
      ['2024-03-15', 0, 0, 1, 0, true],
      ['2024-03-16', 0, 0, 0, 1, true],
      ['2024-04-01', 0, 0, 1, 0, true],
      ['2024-04-02', 0, 0, 1, 1, true],
    ];
    expect(rows.filter((r) => r.slice(1, 5).some((n) => n !== 0))).toEqual(busy);
    // Every day from 30 Jan to 2 Apr 2024 is a row (2 + 29 + 31 + 2 days), the quiet ones all zeros.
    expect(rows).toHaveLength(64);
    expect(rows[0]?.[0]).toBe('2024-01-30');
    expect(rows.at(-1)?.[0]).toBe('2024-04-02');
  });

  it('follows users from calendar month to month, the month the log ends in marked partial', async () => {
    const rows = await fetchLifecycle(db, { platforms: ['Epsilon'], region: 'all', grain: 'month' });
    // Jan e1 e2 new. Feb e1 returning, e3 new, e2 dormant. Mar e2 resurrecting, e4 new, e1 and e3
    // dormant. Apr e1 resurrecting, e4 returning, e2 dormant; the log stops on 2 Apr.
    expect(table(rows, 'Epsilon')).toEqual([
      ['2024-01-01', 2, 0, 0, 0, true],
      ['2024-02-01', 1, 1, 0, 1, true],
      ['2024-03-01', 1, 0, 1, 2, true],
      ['2024-04-01', 0, 1, 1, 1, false],
    ]);
  });

  it('keeps a monthly count to the region, and a month the log covers to its last day is complete', async () => {
    const r1 = await fetchLifecycle(db, { platforms: ['Epsilon'], region: 'R1', grain: 'month' });
    // Without e4 (R2): Mar has no new user and Apr no returning one.
    expect(table(r1, 'Epsilon')).toEqual([
      ['2024-01-01', 2, 0, 0, 0, true],
      ['2024-02-01', 1, 1, 0, 1, true],
      ['2024-03-01', 0, 0, 1, 2, true],
      ['2024-04-01', 0, 0, 1, 1, false],
    ]);
    // Gamma's log ends on 31 Jan, the last day of its only month: all four users new, month complete.
    const gamma = await fetchLifecycle(db, { platforms: ['Gamma'], region: 'all', grain: 'month' });
    expect(table(gamma, 'Gamma')).toEqual([['2024-01-01', 4, 0, 0, 0, true]]);
  });
});
