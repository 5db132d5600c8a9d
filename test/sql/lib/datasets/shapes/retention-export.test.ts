import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { commitImport, type ImportPlan } from '../../../../../src/lib/datasets/ingest/import-csv';
import type { RetentionExportShape } from '../../../../../src/lib/datasets/shapes/shape-types';
import { openBundledDb } from '../../../../support/node-db';
import { importFixture, stageBytes } from '../ingest/import-support';

const fixture = importFixture;

/** Inspect, plan (optionally changed as the settings would) and stage a file through the import path. */
const stage = (db: Db, bytes: Uint8Array | string, fileName: string, change = (p: ImportPlan) => p) =>
  stageBytes(db, bytes, { fileName, plan: change });

/** The imported rows as [cohort_start, day_offset, cohort_size, retained, retained_later]. */
async function rowsOf(db: Db, datasetId: string) {
  const rows = await db.query<{ c: string; d: number; s: number; r: number | null; l: number | null }>(
    `SELECT cohort_start::VARCHAR AS c, day_offset AS d, cohort_size AS s, retained AS r, retained_later AS l
     FROM retention WHERE dataset_id = $1 ORDER BY cohort_start, day_offset`,
    [datasetId],
  );
  return rows.map((r) => [r.c, r.d, r.s, r.r, r.l]);
}

/** Rows of one cohort: size, then [offset, count] pairs, N-day. */
const cohort = (day: string, size: number, cells: [number, number][]) =>
  cells.map(([offset, count]) => [day, offset, size, count, null]);

describe('retention exports import through the real path with hand-computed counts', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('PostHog weekly counts: Week k is day 7k, blank cells have no row, the empty cohort stays', async () => {
    const { plan, staged } = await stage(db, fixture('posthog-retention-weekly.csv'), 'posthog-retention-weekly.csv');
    expect(plan).toMatchObject({ kind: 'retention', recognised: true, shape: { tool: 'posthog', unit: 'week' } });
    expect(staged.validation).toMatchObject({ problems: [], badRows: 0, validRows: 15, blocking: null });
    expect(staged.staged.reshaped?.notes).toEqual([
      '5 cohorts from 2024-03-03 to 2024-03-31, 15 cells read as N-day retention by weeks; blank cells are not yet observable and have no row.',
    ]);
    expect(await commitImport(db, staged, 'i:posthog')).toBe(15);
    expect(await rowsOf(db, 'i:posthog')).toEqual([
      ...cohort('2024-03-03', 120, [
        [0, 120],
        [7, 54],
        [14, 41],
        [21, 35],
        [28, 30],
      ]),
      ...cohort('2024-03-10', 80, [
        [0, 80],
        [7, 30],
        [14, 22],
        [21, 19],
      ]),
      ...cohort('2024-03-17', 0, [
        [0, 0],
        [7, 0],
        [14, 0],
      ]),
      ...cohort('2024-03-24', 50, [
        [0, 50],
        [7, 21],
      ]),
      ...cohort('2024-03-31', 40, [[0, 40]]),
    ]);
    const [meta] = await db.query<{ platform: string; region: string; kind: string; source: string }>(
      `SELECT DISTINCT platform, region, kind, source FROM retention WHERE dataset_id = 'i:posthog'`,
    );
    expect(meta).toEqual({
      platform: 'posthog-retention-weekly',
      region: 'global',
      kind: 'reported',
      source: 'imported from posthog-retention-weekly.csv',
    });
  });

  it('Mixpanel daily shares: "< 1 Day" is day 0, share × size rounded, stars and "1,250" read, Average skipped', async () => {
    const { staged } = await stage(db, fixture('mixpanel-retention-daily.csv'), 'mixpanel-retention-daily.csv');
    expect(staged.validation).toMatchObject({ problems: [], badRows: 0, validRows: 26 });
    await commitImport(db, staged, 'i:mixpanel');
    // 1250 × 42.4% = 530, × 31.2% = 390, × 27.2% = 340, × 24.8% = 310, × 22% = 275, × 20.4% = 255, × 19.6% = 245.
    expect(await rowsOf(db, 'i:mixpanel')).toEqual([
      ...cohort('2024-05-01', 1250, [
        [0, 1250],
        [1, 530],
        [2, 390],
        [3, 340],
        [4, 310],
        [5, 275],
        [6, 255],
        [7, 245],
      ]),
      // 800 × 38.5% = 308, 30% = 240, 25.5% = 204, 23% = 184, 21.5% = 172, 20% = 160.
      ...cohort('2024-05-02', 800, [
        [0, 800],
        [1, 308],
        [2, 240],
        [3, 204],
        [4, 184],
        [5, 172],
        [6, 160],
      ]),
      ...cohort('2024-05-03', 1000, [
        [0, 1000],
        [1, 401],
        [2, 299],
        [3, 264],
        [4, 240],
        [5, 222],
      ]),
      // 400 × 45% = 180, 35% = 140, 30.5% = 122, 27.5% = 110.
      ...cohort('2024-05-04', 400, [
        [0, 400],
        [1, 180],
        [2, 140],
        [3, 122],
        [4, 110],
      ]),
    ]);
  });

  it('Amplitude: title blocks skipped, tab-prefixed fields read, "Return On or After" gives retained_later', async () => {
    const { plan, staged } = await stage(db, fixture('amplitude-retention-daily.csv'), 'amplitude-retention-daily.csv');
    expect(plan.dialect.skip).toBe(6);
    expect(plan.shape).toMatchObject({ tool: 'amplitude', mode: 'unbounded', modeStated: true, values: 'shares' });
    expect(staged.validation).toMatchObject({ problems: [], badRows: 0, validRows: 26 });
    await commitImport(db, staged, 'i:amplitude');
    const later = (day: string, size: number, cells: [number, number][]) =>
      cells.map(([offset, count]) => [day, offset, size, null, count]);
    // 1,204 × 61.5% = 740.46 → 740, × 52% = 626.08 → 626, 47.9% → 576.716 → 577, 44.1% → 530.964 → 531,
    // 40.2% → 484.008 → 484, 38.5% → 463.54 → 464, 36.3% → 437.052 → 437.
    expect(await rowsOf(db, 'i:amplitude')).toEqual([
      ...later('2024-06-03', 1204, [
        [0, 1204],
        [1, 740],
        [2, 626],
        [3, 577],
        [4, 531],
        [5, 484],
        [6, 464],
        [7, 437],
      ]),
      // 980 × 58.2% = 570.36, 49.6% = 486.08, 45% = 441, 41.5% = 406.7, 38.9% = 381.22, 36% = 352.8.
      ...later('2024-06-04', 980, [
        [0, 980],
        [1, 570],
        [2, 486],
        [3, 441],
        [4, 407],
        [5, 381],
        [6, 353],
      ]),
      // 1,110 × 60% = 666, 51.3% = 569.43, 46.2% = 512.82, 42.8% = 475.08, 40.1% = 445.11.
      ...later('2024-06-05', 1110, [
        [0, 1110],
        [1, 666],
        [2, 569],
        [3, 513],
        [4, 475],
        [5, 445],
      ]),
      // 760 × 63.4% = 481.84, 54.5% = 414.2, 50% = 380, 46.3% = 351.88.
      ...later('2024-06-06', 760, [
        [0, 760],
        [1, 482],
        [2, 414],
        [3, 380],
        [4, 352],
      ]),
    ]);
  });

  it('Amplitude: a problem below the title blocks is reported at its own file line', async () => {
    const text = fixture('amplitude-retention-daily.csv')
      .replace('"\tJun 5, 2024"', '"\tsoon"')
      .replace('"\t63.4%"', '"\t163.4%"');
    const { staged } = await stage(db, text, 'amplitude-bad.csv');
    expect(staged.validation.problems.map((p) => [p.line, p.column])).toEqual([
      [10, 'Cohort'],
      [11, 'Day 1'],
    ]);
  });

  it('a generic table: a range label is its first day, "Jan 8 – Jan 14, 2024" too, "not yet" has no row', async () => {
    const { plan, staged } = await stage(db, fixture('generic-retention-cohorts.csv'), 'generic-retention-cohorts.csv');
    expect((plan.shape as RetentionExportShape).tool).toBe('generic');
    expect(staged.validation).toMatchObject({ problems: [], validRows: 14 });
    await commitImport(db, staged, 'i:generic');
    expect(await rowsOf(db, 'i:generic')).toEqual([
      ...cohort('2024-01-01', 1000, [
        [0, 1000],
        [1, 420],
        [7, 260],
        [14, 210],
        [30, 150],
      ]),
      ...cohort('2024-01-08', 800, [
        [0, 800],
        [1, 300],
        [7, 200],
        [14, 170],
        [30, 120],
      ]),
      ...cohort('2024-01-15', 500, [
        [0, 500],
        [1, 210],
        [7, 140],
        [14, 110],
      ]),
    ]);
  });

  it('monthly: Month k is k calendar months; a range across New Year starts in the year before', async () => {
    const text = 'Cohort,Users,Month 0,Month 1,Month 2\n"Dec 25 – Dec 31, 2023",60,60,30,20\n2024-01-31,100,100,45,\n';
    const { plan, staged } = await stage(db, text, 'monthly.csv');
    expect((plan.shape as RetentionExportShape).unit).toBe('month');
    expect(staged.validation.problems).toEqual([]);
    await commitImport(db, staged, 'i:monthly');
    // Dec 25 + 1 month = Jan 25 (31 days), + 2 = Feb 25 (62); Jan 31 + 1 month = Feb 29 (29 days, 2024 is leap).
    expect(await rowsOf(db, 'i:monthly')).toEqual([
      ...cohort('2023-12-25', 60, [
        [0, 60],
        [31, 30],
        [62, 20],
      ]),
      ...cohort('2024-01-31', 100, [
        [0, 100],
        [29, 45],
      ]),
    ]);
    const crossing = 'Cohort,Users,Day 0,Day 1\n"Dec 25 – Jan 1, 2024",10,10,4\n';
    const { staged: crossed } = await stage(db, crossing, 'crossing.csv');
    await commitImport(db, crossed, 'i:crossing');
    expect(await rowsOf(db, 'i:crossing')).toEqual(
      cohort('2023-12-25', 10, [
        [0, 10],
        [1, 4],
      ]),
    );
  });

  it('on or after: the counts go to retained_later; no period 0 means day 0 is the whole cohort', async () => {
    const text = 'Cohort,Users,Day 1,Day 7\n2024-04-01,200,90,50\n';
    const unbounded = (p: ImportPlan): ImportPlan => ({
      ...p,
      shape: { ...(p.shape as RetentionExportShape), mode: 'unbounded' },
    });
    const { staged } = await stage(db, text, 'later.csv', unbounded);
    expect(staged.validation.problems).toEqual([]);
    await commitImport(db, staged, 'i:later');
    expect(await rowsOf(db, 'i:later')).toEqual([
      ['2024-04-01', 0, 200, null, 200],
      ['2024-04-01', 1, 200, null, 90],
      ['2024-04-01', 7, 200, null, 50],
    ]);
  });

  it('a malformed count table: problems at their line and file column; the valid rows import, nothing else changes', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*) AS n FROM retention');
    const { staged } = await stage(db, fixture('malformed-retention-counts.csv'), 'malformed-retention-counts.csv');
    expect(staged.validation.problems.map((p) => [p.line, p.column])).toEqual([
      [1, 'Day x'],
      [3, 'Cohort'],
      [4, 'Day 1'],
      [5, 'Day 1'],
    ]);
    const reasons = staged.validation.problems.map((p) => p.reason);
    expect(reasons[0]).toMatch(/"Day x" names no period number/);
    expect(reasons[1]).toMatch(/cohort label "someday" is no date/);
    expect(reasons[2]).toMatch(/"250" in "Day 1" is 250 users, more than the cohort's 200/);
    expect(reasons[3]).toMatch(/"4O" in "Day 1" is not a count/);
    expect(staged.validation).toMatchObject({ badRows: 4, validRows: 6, blocking: null });
    expect(await commitImport(db, staged, 'i:malformed')).toBe(6);
    expect(await rowsOf(db, 'i:malformed')).toEqual([
      ...cohort('2024-02-01', 100, [
        [0, 100],
        [1, 40],
        [7, 30],
      ]),
      ...cohort('2024-02-03', 200, [
        [0, 200],
        [7, 60],
      ]),
      ...cohort('2024-02-04', 90, [[0, 90]]),
    ]);
    const after = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM retention WHERE dataset_id <> 'i:malformed'`,
    );
    expect(after).toEqual(before);
  });

  it('a share over 100% is a problem at its cell', async () => {
    const { staged } = await stage(db, fixture('malformed-retention-shares.csv'), 'malformed-retention-shares.csv');
    expect(staged.validation.problems).toEqual([
      {
        line: 3,
        column: 'Day 1',
        reason: expect.stringMatching(/"101\.5%" in "Day 1" is a share over 100%/) as string,
      },
    ]);
    expect(staged.validation.validRows).toBe(5);
  });
});
