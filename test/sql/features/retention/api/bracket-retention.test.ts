import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchBracketRetention } from '../../../../../src/features/retention/api/bracket-retention';
import { openTinyDb } from './tiny-db';

const BRACKETS = [
  { lo: 0, hi: 0 },
  { lo: 1, hi: 7 },
  { lo: 8, hi: 30 },
  { lo: 31, hi: 60 },
  { lo: 50, hi: 55 },
];

describe('retention in custom brackets on the tiny log (tiny-log.ts)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTinyDb();
  });

  it('counts users active on any day of each bracket, among the cohorts observed through its last day', async () => {
    const rows = await fetchBracketRetention(db, { platforms: [], region: 'all', brackets: BRACKETS });
    const alpha = rows.filter((r) => r.platform === 'Alpha').map((r) => [r.bracket, r.lo, r.hi, r.active, r.users]);
    // Worked out from the table in tiny-log.ts (Alpha's log ends 29 Mar: the 29 Jan cohort is
    // observed to day 60, 31 Jan to 58, 1 Feb to 57, 4 Feb to 54, 5 Feb to 53, 12 Feb to 46, 14 Feb to 44).
    // Days 1–7: a01 a02 a12 a03 a05 a07 a09 a11 of all 12 (a05 on days 7 and 8 counts once).
    // Days 8–30: a01 a02 (its re-signup on day 12) a04 a05 a07 a08 a10.
    // Days 31–60: only the 29 Jan cohort (a01 a02 a12) is observed to day 60; a12 is active on day 60.
    // Days 50–55: cohorts to 1 Feb (a01 a02 a12 a03 a04); nobody active then.
    expect(alpha).toEqual([
      [0, 0, 0, 12, 12],
      [1, 1, 7, 8, 12],
      [2, 8, 30, 7, 12],
      [3, 31, 60, 1, 3],
      [4, 50, 55, 0, 5],
    ]);
    expect(rows.find((r) => r.platform === 'Alpha' && r.bracket === 1)?.retention).toBeCloseTo(8 / 12, 12);
    // Beta's log covers days 0–2 of its one cohort: only the day-0 bracket is observable.
    expect(rows.filter((r) => r.platform === 'Beta').map((r) => [r.bracket, r.active, r.users])).toEqual([[0, 2, 2]]);
  });

  it('keeps to the region and platforms asked for', async () => {
    const rows = await fetchBracketRetention(db, { platforms: ['Alpha'], region: 'R1', brackets: [{ lo: 1, hi: 7 }] });
    // Without a12 (R2): 7 of 11.
    expect(rows.map((r) => [r.platform, r.active, r.users])).toEqual([['Alpha', 7, 11]]);
  });

  it('returns nothing for no brackets', async () => {
    expect(await fetchBracketRetention(db, { platforms: [], region: 'all', brackets: [] })).toEqual([]);
  });
});
