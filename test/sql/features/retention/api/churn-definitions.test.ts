import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import {
  fetchChurnDefinitions,
  type ChurnDefinitionsRow,
} from '../../../../../src/features/retention/api/churn-definitions';
import { RETENTION_SOURCES, type RetentionSource } from '../../../../../src/features/retention/api/retention-filters';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { RETENTION } from '../../../../../src/lib/datasets/store/schemas';
import { openNodeDb } from '../../../../support/node-db';
import { openTinyDb } from './tiny-db';

const r = (x: number | null | undefined) => (x === null || x === undefined ? x : Number(x.toFixed(6)));

/*
 * Worked out on paper from tiny-log.ts. Alpha's launch is 2024-01-29; its launch cohorts
 * (signups 29 Jan – 4 Feb) are a01 a02 a12 a03 a04 a05: 6 users.
 *  - N-day: active on their own day 30: a01, a05 → 2.
 *  - unbounded: last active day >= 30: a01 (30), a12 (60), a03 (35), a05 (30) → 4.
 *  - bracket 28–35: a01 (30), a03 (35), a05 (30) → 3.
 *  - first-week signups active on 28 Feb (launch + 30): a01 (signup + 30) only → 1.
 *  - daily actives of the whole platform on launch days t = 0…30 (signup day + offset):
 *      t:  0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 … 27 28 29 30
 *      n:  3 1 1 1 0 0 1 5 0 1 0  0  1  1  5  0  1  1  1  0  0  2  0…0  2  0  1
 *    trailing 7-day sums from t = 6: 7 9 8 8 7 7 8 8 8 8 8 9 10 9 8 5 5 4 3 2 2 2 2 2 3,
 *    so the peak average is 10/7 (t = 18), day 30's is 3/7: a 70% decline.
 */
describe.each(RETENTION_SOURCES)(
  'month-one churn by definition on the tiny log, %s path',
  (source: RetentionSource) => {
    let db: Db;
    let alpha: ChurnDefinitionsRow | undefined;
    let beta: ChurnDefinitionsRow | undefined;
    beforeAll(async () => {
      db = await openTinyDb();
      const rows = await fetchChurnDefinitions(db, { source, region: 'all' });
      expect(rows.map((x) => x.platform)).toEqual(['Alpha', 'Beta']);
      [alpha, beta] = rows;
    });

    it('counts the launch cohorts under every definition', () => {
      expect(alpha?.launch_start.toISOString().slice(0, 10)).toBe('2024-01-29');
      expect(alpha?.launch_end.toISOString().slice(0, 10)).toBe('2024-02-04');
      expect(alpha?.as_of.toISOString().slice(0, 10)).toBe('2024-03-29');
      expect(alpha?.cohort_users).toBe(6);
      expect([alpha?.nday_active, alpha?.unbounded_active, alpha?.share_active]).toEqual([2, 4, 1]);
      expect([alpha?.bracket_low_active, alpha?.bracket_high_active]).toEqual([3, 3]);
    });

    it('turns the counts into churn', () => {
      expect(r(alpha?.nday_churn)).toBe(r(4 / 6));
      expect(r(alpha?.unbounded_churn)).toBe(r(2 / 6));
      expect([r(alpha?.bracket_churn_low), r(alpha?.bracket_churn_high)]).toEqual([0.5, 0.5]);
      expect(r(alpha?.share_not_active)).toBe(r(5 / 6));
    });

    it('measures the decline of 7-day-average daily actives from the peak', () => {
      expect(r(alpha?.dau_peak)).toBe(r(10 / 7));
      expect(r(alpha?.dau_at_day)).toBe(r(3 / 7));
      expect(r(alpha?.dau_decline)).toBe(0.7);
    });

    it('withholds every figure until the data covers it', () => {
      // Beta's log ends on its launch's day 2.
      expect(beta?.cohort_users).toBe(2);
      const figures = [
        beta?.nday_churn,
        beta?.unbounded_churn,
        beta?.bracket_churn_low,
        beta?.bracket_churn_high,
        beta?.dau_decline,
        beta?.share_not_active,
      ];
      expect(figures).toEqual([null, null, null, null, null, null]);
    });

    it('filters by region', async () => {
      // Without a12 (R2): 5 launch users; a01 and a05 on day 30; a01 alone on the launch's day 30.
      // a12's days (t = 0, 7) leave the t = 12…18 peak window and day 30's window alone: still 70%.
      const [a] = await fetchChurnDefinitions(db, { source, region: 'R1' });
      expect(a?.cohort_users).toBe(5);
      expect(r(a?.nday_churn)).toBe(r(3 / 5));
      expect(r(a?.share_not_active)).toBe(r(4 / 5));
      expect(r(a?.dau_decline)).toBe(0.7);
    });
  },
);

/**
 * One cohort of 4 in a cohort table: 2 active on day 28, 1 on day 30, 3 active on day 28
 * or later, nobody else in days 28–35. Whether the day-30 user is one of the day-28 pair
 * is not in the table, so 2 to 3 users were active in the bracket: churn 25% to 50%.
 */
function boundsCsv(): string {
  const lines = ['platform,region,cohort_start,day_offset,cohort_size,retained,retained_later,kind,source'];
  for (let d = 0; d <= 35; d++) {
    const retained = d === 0 ? 4 : d === 28 ? 2 : d === 30 ? 1 : 0;
    const later = d === 0 ? 4 : d <= 28 ? 3 : d <= 30 ? 1 : 0;
    lines.push(`Gamma,R1,2024-01-01,${d},4,${retained},${later},modelled,test`);
  }
  return `${lines.join('\n')}\n`;
}

describe('a bracket from a cohort table', () => {
  it('gives the bounds the daily counts allow', async () => {
    const db = await openNodeDb();
    await loadCsv(db, {
      schema: RETENTION,
      fileName: 'gamma.csv',
      bytes: new TextEncoder().encode(boundsCsv()),
      datasetId: 'test:gamma',
    });
    const [gamma] = await fetchChurnDefinitions(db, { source: 'aggregate', region: 'all' });
    expect([gamma?.bracket_low_active, gamma?.bracket_high_active]).toEqual([2, 3]);
    expect([r(gamma?.bracket_churn_low), r(gamma?.bracket_churn_high)]).toEqual([0.25, 0.5]);
    expect(r(gamma?.nday_churn)).toBe(0.75);
  });
});

/**
 * Two 7-day blocks of 70 signups (cohort rows a week apart, like the bundled table): the
 * first keeps 7 users active every day from day 1, the second nobody. Each row's users
 * are spread over its 7 signup days, so on launch day t the first block adds 70/7 = 10
 * (day-0 users) plus 1 per day-1…t row: 10, 11, …, 16 on t = 0…6, 7 from t = 7; the
 * second adds 10 on t = 7…13. Daily actives: 10…16, then 17 (t = 7…13), then 7.
 * Trailing 7-day averages peak at 17 (t = 13) and are 7 on day 30: a 10/17 decline. On
 * the launch's day 30 the first block's signups are on offsets 24–30: 7 of 70 active.
 */
function blocksCsv(): string {
  const lines = ['platform,region,cohort_start,day_offset,cohort_size,retained,retained_later,kind,source'];
  for (let d = 0; d <= 40; d++)
    lines.push(`Delta,R1,2024-01-01,${d},70,${d === 0 ? 70 : 7},${d === 0 ? 70 : 7},modelled,test`);
  for (let d = 0; d <= 33; d++)
    lines.push(`Delta,R1,2024-01-08,${d},70,${d === 0 ? 70 : 0},${d === 0 ? 70 : 0},modelled,test`);
  return `${lines.join('\n')}\n`;
}

describe('calendar figures from a cohort table of 7-day blocks', () => {
  it('spreads each block over its signup days', async () => {
    const db = await openNodeDb();
    await loadCsv(db, {
      schema: RETENTION,
      fileName: 'delta.csv',
      bytes: new TextEncoder().encode(blocksCsv()),
      datasetId: 'test:delta',
    });
    const [delta] = await fetchChurnDefinitions(db, { source: 'aggregate', region: 'all' });
    expect([r(delta?.dau_peak), r(delta?.dau_at_day)]).toEqual([17, 7]);
    expect(r(delta?.dau_decline)).toBe(r(10 / 17));
    expect(r(delta?.share_active)).toBe(7);
    expect(r(delta?.share_not_active)).toBe(0.9);
    // The cohort figures read the first block only (the launch cohorts), on its own day 30.
    expect([delta?.cohort_users, delta?.nday_active]).toEqual([70, 7]);
  });
});
