import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchCohortHeatmap } from '../../../../../src/features/retention/api/cohort-heatmap';
import { fetchMonthOneChurn } from '../../../../../src/features/retention/api/month-one-churn';
import { fetchReportedChurn } from '../../../../../src/features/retention/api/reported-churn';
import { fetchRetentionCurves } from '../../../../../src/features/retention/api/retention-curves';
import { fetchRetentionOptions } from '../../../../../src/features/retention/api/retention-options';
import { openBundledDb } from '../../../../support/node-db';

describe('bundled modelled retention data (real data/)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('marks every aggregate row as modelled and keeps counts consistent', async () => {
    const [row] = await db.query<{ rows: number; modelled: number; bad: number; platforms: number }>(
      `SELECT count(*) AS rows, count(*) FILTER (WHERE kind = 'modelled') AS modelled,
              count(*) FILTER (WHERE NOT (retained <= retained_later AND retained_later <= cohort_size)) AS bad,
              count(DISTINCT platform) AS platforms
       FROM retention`,
    );
    expect(row?.rows).toBeGreaterThan(10_000);
    expect(row?.modelled).toBe(row?.rows);
    expect(row?.bad).toBe(0);
    expect(row?.platforms).toBe(4);
  });

  it("reads Threads' month-one churn as 79% ± 2 points", async () => {
    const rows = await fetchMonthOneChurn(db, { source: 'aggregate', region: 'all' });
    const threads = rows.find((r) => r.platform === 'Threads');
    expect(threads?.launch_start.toISOString().slice(0, 10)).toBe('2023-07-05');
    expect(threads?.churn).toBeGreaterThanOrEqual(0.77);
    expect(threads?.churn).toBeLessThanOrEqual(0.81);
    // Zuckerberg: "more than half" of first-week signups gone, by either definition.
    expect(threads?.churn_unbounded).toBeGreaterThan(0.5);
    expect(rows.map((r) => r.platform).sort()).toEqual(['Bluesky', 'Mastodon', 'Threads', 'X']);
  });

  it("calibrates X's new cohorts to Adjust's app medians (D1 25%, D30 6%)", async () => {
    const rows = await fetchRetentionCurves(db, {
      source: 'aggregate',
      platforms: ['X'],
      region: 'all',
      mode: 'nday',
      maxDay: 30,
    });
    const at = (day: number) => rows.find((r) => r.day_offset === day)?.rate ?? Number.NaN;
    expect(at(1)).toBeCloseTo(0.25, 1);
    expect(at(30)).toBeCloseTo(0.06, 2);
  });

  it('lists the reported figures beside the model, labelled as aggregate declines', async () => {
    const reported = await fetchReportedChurn(db);
    expect(reported.map((r) => [r.platform, r.metric, r.value])).toEqual([
      ['Threads', 'share_of_week1_signups_not_retained', 0.5],
      ['Threads', 'DAU_decline_vs_peak', 0.82],
      ['Threads', 'DAU_decline_vs_peak', 0.79],
    ]);
    expect(reported[1]?.source).toMatch(/Sensor Tower/);
    expect(reported[2]?.source).toMatch(/Similarweb/);
  });

  it('exercises the raw path with the bundled events sample', async () => {
    const options = await fetchRetentionOptions(db, { source: 'events' });
    expect(new Set(options.map((o) => o.platform))).toEqual(new Set(['Threads', 'X', 'Bluesky', 'Mastodon']));
    const churn = await fetchMonthOneChurn(db, { source: 'events', region: 'all' });
    const threads = churn.find((r) => r.platform === 'Threads');
    expect(threads?.launch_start.toISOString().slice(0, 10)).toBe('2023-07-05');
    // A sample of ~100 launch-week users drawn from the same model: near the aggregate's 79%.
    expect(threads?.churn).toBeGreaterThan(0.65);
    expect(threads?.churn).toBeLessThan(0.9);
    const cells = await fetchCohortHeatmap(db, {
      source: 'events',
      platform: 'Threads',
      region: 'all',
      mode: 'nday',
      grain: 'month',
      minCohort: 50,
    });
    expect(cells.some((c) => c.observable) && cells.some((c) => !c.observable)).toBe(true);
  });

  it('marks the not-yet-observable corner of the heatmap, never as 0', async () => {
    const cells = await fetchCohortHeatmap(db, {
      source: 'aggregate',
      platform: 'Bluesky',
      region: 'all',
      mode: 'nday',
      grain: 'week',
      minCohort: 1000,
    });
    const last = cells.filter((c) => c.cohort.getTime() === Math.max(...cells.map((x) => x.cohort.getTime())));
    expect(last.filter((c) => c.observable).length).toBeLessThan(20);
    expect(last.filter((c) => !c.observable).every((c) => c.rate === null)).toBe(true);
    expect(cells.filter((c) => c.observable).every((c) => c.rate !== null && c.rate > 0)).toBe(true);
  });
});
