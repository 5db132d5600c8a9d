import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { queryCohortHeatmap, type CohortCellRow } from '../../../../../src/features/retention/api/cohort-heatmap';
import type { CohortGrain } from '../../../../../src/features/retention/api/retention-filters';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { RETENTION } from '../../../../../src/lib/datasets/store/schemas';
import { openNodeDb } from '../../../../support/node-db';

// Cohorts counted by calendar month (a monthly export), by week, and by day. Offsets of the
// monthly cohorts, by hand: 2024-03-01 + 1, 2, 3 months = Apr 1, May 1, Jun 1 = days 31, 61, 92;
// 2024-02-01 + 1, 2 months = Mar 1, Apr 1 = days 29 (leap year), 60.
const ROWS = [
  'Monthly,global,2024-03-01,0,100,100',
  'Monthly,global,2024-03-01,31,100,40',
  'Monthly,global,2024-03-01,61,100,30',
  'Monthly,global,2024-03-01,92,100,25',
  'Monthly,global,2024-02-01,0,50,50',
  'Monthly,global,2024-02-01,29,50,20',
  'Monthly,global,2024-02-01,60,50,15',
  'Weekly,global,2024-03-04,0,80,80',
  'Weekly,global,2024-03-04,7,80,36',
  'Weekly,global,2024-03-04,14,80,28',
  // Counted by day: day 28 is not month 1 (day 30 is), and without a day-30 row month 1 is unknown.
  'Daily,global,2024-02-01,0,10,10',
  'Daily,global,2024-02-01,1,10,6',
  'Daily,global,2024-02-01,29,10,5',
  'Daily,global,2024-02-01,30,10,4',
  'Daily,global,2024-03-01,0,20,20',
  'Daily,global,2024-03-01,1,20,12',
  'Daily,global,2024-03-01,31,20,9',
];

async function heatmap(db: Db, platform: string, grain: CohortGrain): Promise<Record<string, (number | null)[]>> {
  const cells: CohortCellRow[] = await queryCohortHeatmap(db, {
    source: 'aggregate',
    platform,
    region: 'all',
    mode: 'nday',
    grain,
    minCohort: 0,
  });
  const out: Record<string, (number | null)[]> = {};
  for (const c of cells) (out[c.cohort.toISOString().slice(0, 10)] ??= []).push(c.observable ? c.active : null);
  // Only the first periods matter here; later ones are all unobservable.
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.slice(0, 5)]));
}

describe('cohort heatmap: weekly and monthly cohort tables land in their period cells', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await loadCsv(db, {
      schema: RETENTION,
      fileName: 'periods.csv',
      bytes: new TextEncoder().encode(
        `platform,region,cohort_start,day_offset,cohort_size,retained,retained_later,kind,source\n${ROWS.map((r) => `${r},,reported,test`).join('\n')}\n`,
      ),
      datasetId: 'test:periods',
    });
  });

  it('month grain reads a calendar-month offset as month k', async () => {
    expect(await heatmap(db, 'Monthly', 'month')).toEqual({
      '2024-02-01': [50, 20, 15, null, null],
      '2024-03-01': [100, 40, 30, 25, null],
    });
  });

  it('week grain reads day 7k as week k', async () => {
    expect(await heatmap(db, 'Weekly', 'week')).toEqual({ '2024-03-04': [80, 36, 28, null, null] });
  });

  it('a cohort counted by day keeps day 30 as month 1: day 29 or 31 is not taken for it', async () => {
    expect(await heatmap(db, 'Daily', 'month')).toEqual({
      '2024-02-01': [10, 4, null, null, null],
      '2024-03-01': [20, null, null, null, null],
    });
  });
});
