import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchCohortHeatmap } from '../../../../../src/features/retention/api/cohort-heatmap';
import type { CohortGrain, RetentionSource } from '../../../../../src/features/retention/api/retention-filters';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { RETENTION } from '../../../../../src/lib/datasets/store/schemas';
import { openNodeDb } from '../../../../support/node-db';
import { openTinyDb } from './tiny-db';

// platform, cohort_start, day_offsets (cohort size 10, 5 retained after day 0).
const COHORTS: readonly (readonly [string, string, readonly number[]])[] = [
  // 7-day signup blocks from Wednesday 6 March to the one of Wednesday 3 April; the first seen to day 30
  // (5 April). Signups end on 5 April: the 3 April block (to 9 April) is cut by the last day observed.
  ['Blocks', '2024-03-06', [0, 7, 30]],
  ['Blocks', '2024-03-13', [0, 7]],
  ['Blocks', '2024-03-20', [0, 7]],
  ['Blocks', '2024-03-27', [0]],
  ['Blocks', '2024-04-03', [0]],
  // A monthly export: every cohort starts on a 1st, so each holds its calendar month; March is seen to
  // 1 April (day 31), so it is whole, though 1 March + the shortest gap (29 days, February) ends on the 29th.
  ['Monthly', '2024-01-01', [0, 31]],
  ['Monthly', '2024-02-01', [0, 29]],
  ['Monthly', '2024-03-01', [0, 31]],
  // One cohort, one day of signups as far as the data says: its week (13–19 May) is partial.
  ['Single', '2024-05-15', [0, 1]],
];

const csv = () =>
  [
    'platform,region,cohort_start,day_offset,cohort_size,retained,retained_later,kind,source',
    ...COHORTS.flatMap(([platform, start, offsets]) =>
      offsets.map((d) => `${platform},global,${start},${d},10,${d === 0 ? 10 : 5},,reported,test`),
    ),
  ].join('\n');

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Per cohort row: [cohort, its last day, the data's last signup day, partial]. */
async function partials(db: Db, source: RetentionSource, platform: string, grain: CohortGrain) {
  const cells = await fetchCohortHeatmap(db, { source, platform, region: 'all', mode: 'nday', grain, minCohort: 0 });
  const rows = new Map<string, [string, string, string, boolean]>();
  for (const c of cells) {
    const row: [string, string, string, boolean] = [iso(c.cohort), iso(c.cohort_end), iso(c.signups_end), c.partial];
    // Every cell of a cohort says the same.
    expect(rows.get(row[0]) ?? row).toEqual(row);
    rows.set(row[0], row);
  }
  return [...rows.values()];
}

describe('partial cohorts in the heatmap: a week or month that runs past the last signup day', () => {
  let db: Db;
  let tiny: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await loadCsv(db, {
      schema: RETENTION,
      fileName: 'partial.csv',
      bytes: new TextEncoder().encode(`${csv()}\n`),
      datasetId: 'test:partial',
    });
    tiny = await openTinyDb();
  });

  it('aggregate: signup blocks end at the next block or the last day observed, whichever is first', async () => {
    expect(await partials(db, 'aggregate', 'Blocks', 'week')).toEqual([
      ['2024-03-04', '2024-03-10', '2024-04-05', false],
      ['2024-03-11', '2024-03-17', '2024-04-05', false],
      ['2024-03-18', '2024-03-24', '2024-04-05', false],
      ['2024-03-25', '2024-03-31', '2024-04-05', false],
      ['2024-04-01', '2024-04-07', '2024-04-05', true],
    ]);
    expect(await partials(db, 'aggregate', 'Blocks', 'month')).toEqual([
      ['2024-03-01', '2024-03-31', '2024-04-05', false],
      ['2024-04-01', '2024-04-30', '2024-04-05', true],
    ]);
  });

  it('aggregate: cohorts that all start on a 1st are calendar months; a lone cohort is one day', async () => {
    expect(await partials(db, 'aggregate', 'Monthly', 'month')).toEqual([
      ['2024-01-01', '2024-01-31', '2024-03-31', false],
      ['2024-02-01', '2024-02-29', '2024-03-31', false],
      ['2024-03-01', '2024-03-31', '2024-03-31', false],
    ]);
    expect(await partials(db, 'aggregate', 'Single', 'week')).toEqual([
      ['2024-05-13', '2024-05-19', '2024-05-15', true],
    ]);
  });

  it("raw events: users join until the log's last day (tiny-log.ts)", async () => {
    // Alpha's log ends on 29 March: its weeks of 29 Jan, 5 and 12 Feb and its January and February are whole.
    expect((await partials(tiny, 'events', 'Alpha', 'week')).map((r) => r[3])).toEqual([false, false, false]);
    expect(await partials(tiny, 'events', 'Alpha', 'month')).toEqual([
      ['2024-01-01', '2024-01-31', '2024-03-29', false],
      ['2024-02-01', '2024-02-29', '2024-03-29', false],
    ]);
    // Beta's ends on Sunday 3 March: the week of 26 Feb is whole, March is not.
    expect(await partials(tiny, 'events', 'Beta', 'week')).toEqual([['2024-02-26', '2024-03-03', '2024-03-03', false]]);
    expect(await partials(tiny, 'events', 'Beta', 'month')).toEqual([['2024-03-01', '2024-03-31', '2024-03-03', true]]);
  });
});
