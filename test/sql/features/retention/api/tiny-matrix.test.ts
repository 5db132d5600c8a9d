import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchCohortHeatmap, type CohortCellRow } from '../../../../../src/features/retention/api/cohort-heatmap';
import { fetchMonthOneChurn } from '../../../../../src/features/retention/api/month-one-churn';
import { fetchRetentionCurves } from '../../../../../src/features/retention/api/retention-curves';
import {
  RETENTION_SOURCES,
  type CohortGrain,
  type RetentionMode,
  type RetentionSource,
} from '../../../../../src/features/retention/api/retention-filters';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { removeDataset } from '../../../../../src/lib/datasets/store/live-view';
import { EVENTS } from '../../../../../src/lib/datasets/store/schemas';
import { openTinyDb } from './tiny-db';

/** Per cohort: the rates of its observable periods, in order (all later periods are not observable). */
type Matrix = Record<string, number[]>;

function matrixOf(cells: readonly CohortCellRow[]): Matrix {
  const out: Matrix = {};
  for (const c of cells) {
    const key = c.cohort.toISOString().slice(0, 10);
    const row = (out[key] ??= []);
    if (c.observable) {
      // Observable cells come first and without gaps: a hole would be a bug.
      expect(row.length).toBe(c.period);
      row.push(Number((c.rate ?? Number.NaN).toFixed(6)));
    } else {
      expect(c.rate).toBeNull();
      expect(c.active).toBeNull();
    }
  }
  return out;
}

const r = (x: number) => Number(x.toFixed(6));

/** Worked out by hand from the table in tiny-log.ts. */
const EXPECTED: Record<CohortGrain, Record<RetentionMode, Matrix>> = {
  week: {
    nday: {
      '2024-01-29': [1, 4 / 6, 2 / 6, 0, 0, 1 / 6, 0, 0].map(r),
      '2024-02-05': [1, 1 / 3, 1 / 3, 1 / 3, 1 / 3, 1 / 3, 0, 0].map(r),
      '2024-02-12': [1, 1 / 3, 1 / 3, 0, 0, 0, 0].map(r),
    },
    unbounded: {
      '2024-01-29': [1, 1, 5 / 6, 4 / 6, 4 / 6, 2 / 6, 1 / 6, 1 / 6].map(r),
      '2024-02-05': [1, 2 / 3, 2 / 3, 2 / 3, 2 / 3, 1 / 3, 0, 0].map(r),
      '2024-02-12': [1, 2 / 3, 1 / 3, 0, 0, 0, 0].map(r),
    },
  },
  month: {
    nday: { '2024-01-01': [1, 1 / 4].map(r), '2024-02-01': [1, 2 / 8].map(r) },
    unbounded: { '2024-01-01': [1, 3 / 4].map(r), '2024-02-01': [1, 3 / 8].map(r) },
  },
};

describe.each(RETENTION_SOURCES)('tiny hand-computed log, %s path', (source: RetentionSource) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTinyDb();
  });

  for (const grain of ['week', 'month'] as const) {
    for (const mode of ['nday', 'unbounded'] as const) {
      it(`gives the exact ${grain}ly ${mode} cohort matrix`, async () => {
        const cells = await fetchCohortHeatmap(db, {
          source,
          platform: 'Alpha',
          region: 'all',
          mode,
          grain,
          minCohort: 5,
        });
        expect(matrixOf(cells)).toEqual(EXPECTED[grain][mode]);
        // 53 weekly or 13 monthly columns per cohort, not-yet-observable ones included.
        expect(cells.length).toBe(Object.keys(EXPECTED[grain][mode]).length * (grain === 'week' ? 53 : 13));
      });
    }
  }

  it('flags cohorts below the size threshold', async () => {
    const weeks = await fetchCohortHeatmap(db, {
      source,
      platform: 'Alpha',
      region: 'all',
      mode: 'nday',
      grain: 'week',
      minCohort: 5,
    });
    const flags = Object.fromEntries(
      weeks.filter((c) => c.period === 0).map((c) => [c.cohort.toISOString().slice(0, 10), [c.cohort_users, c.small]]),
    );
    expect(flags).toEqual({ '2024-01-29': [6, false], '2024-02-05': [3, true], '2024-02-12': [3, true] });
  });

  it('filters by region', async () => {
    const weeks = await fetchCohortHeatmap(db, {
      source,
      platform: 'Alpha',
      region: 'R1',
      mode: 'nday',
      grain: 'week',
      minCohort: 5,
    });
    const first = weeks.filter((c) => c.cohort.toISOString().startsWith('2024-01-29') && c.observable);
    // a12 (R2) leaves: 5 users, day 7 active a01 a03 a05.
    expect(first[0]?.cohort_users).toBe(5);
    expect(first.map((c) => r(c.rate ?? -1)).slice(0, 3)).toEqual([1, 3 / 5, 2 / 5].map(r));
  });

  it('pools the cohorts observed at each day into one curve per platform', async () => {
    const rows = await fetchRetentionCurves(db, { source, platforms: [], region: 'all', mode: 'nday', maxDay: 60 });
    const at = (platform: string, day: number) => rows.find((x) => x.platform === platform && x.day_offset === day);
    expect(rows.filter((x) => x.platform === 'Alpha')).toHaveLength(61);
    expect(rows.filter((x) => x.platform === 'Beta').map((x) => x.day_offset)).toEqual([0, 1, 2]);
    expect([at('Alpha', 0)?.active, at('Alpha', 0)?.cohort_users]).toEqual([12, 12]);
    expect([at('Alpha', 7)?.active, at('Alpha', 7)?.cohort_users]).toEqual([6, 12]);
    expect([at('Alpha', 30)?.active, at('Alpha', 30)?.cohort_users]).toEqual([3, 12]);
    // Only the cohorts of 29 Jan - 5 Feb have been observed for 50 days.
    expect([at('Alpha', 50)?.active, at('Alpha', 50)?.cohort_users]).toEqual([0, 9]);
    expect([at('Alpha', 60)?.active, at('Alpha', 60)?.cohort_users]).toEqual([1, 3]);
    expect(at('Beta', 1)?.rate).toBe(0.5);
  });

  it('counts "day N or later" for unbounded curves and honours the platform filter', async () => {
    const rows = await fetchRetentionCurves(db, {
      source,
      platforms: ['Alpha'],
      region: 'all',
      mode: 'unbounded',
      maxDay: 60,
    });
    expect(new Set(rows.map((x) => x.platform))).toEqual(new Set(['Alpha']));
    const at = (day: number) => rows.find((x) => x.day_offset === day);
    expect([at(7)?.active, at(7)?.cohort_users]).toEqual([10, 12]);
    expect([at(50)?.active, at(50)?.cohort_users]).toEqual([1, 9]);
    expect([at(60)?.active, at(60)?.cohort_users]).toEqual([1, 3]);
  });

  it('computes month-one churn of the launch cohorts, and withholds it until day 30 is observed', async () => {
    const rows = await fetchMonthOneChurn(db, { source, region: 'all' });
    expect(rows.map((x) => x.platform)).toEqual(['Alpha', 'Beta']);
    const [alpha, beta] = rows;
    expect(alpha?.launch_start.toISOString().slice(0, 10)).toBe('2024-01-29');
    expect(alpha?.launch_end.toISOString().slice(0, 10)).toBe('2024-02-04');
    expect(alpha?.cohort_users).toBe(6);
    expect(alpha?.observable).toBe(true);
    expect(r(alpha?.churn ?? -1)).toBe(r(4 / 6));
    expect(r(alpha?.churn_unbounded ?? -1)).toBe(r(2 / 6));
    expect(beta?.observable).toBe(false);
    expect(beta?.churn).toBeNull();
  });
});

describe('the raw-path preparation follows the events table', () => {
  it('re-creates the prepared tables when events are added or removed', async () => {
    const db = await openTinyDb();
    const churn = async () =>
      (await fetchMonthOneChurn(db, { source: 'events', region: 'all' })).map((x) => x.platform);
    expect(await churn()).toEqual(['Alpha', 'Beta']);
    // The app's own paths: an import is a dataset of its own, a removal takes it out whole.
    const gamma =
      'user_id,platform,region,signup_date,activity_date,kind\ng01,Gamma,R1,2024-03-01,2024-03-01,reported\ng01,Gamma,R1,2024-03-01,2024-04-05,reported\n';
    await loadCsv(db, {
      schema: EVENTS,
      fileName: 'gamma.csv',
      bytes: new TextEncoder().encode(gamma),
      datasetId: 'test:gamma',
      origin: 'imported',
    });
    expect(await churn()).toEqual(['Alpha', 'Beta', 'Gamma']);
    await removeDataset(db, 'test:tiny-events');
    expect(await churn()).toEqual(['Gamma']);
    await removeDataset(db, 'test:gamma');
    expect(await churn()).toEqual([]);
  });
});
