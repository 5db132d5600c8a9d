import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { EVENTS, RETENTION } from '../../../../../src/lib/datasets/store/schemas';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { fetchRetentionCurves } from '../../../../../src/features/retention/api/retention-curves';
import { fetchCohortHeatmap } from '../../../../../src/features/retention/api/cohort-heatmap';
import { fetchMonthOneChurn } from '../../../../../src/features/retention/api/month-one-churn';
import { fetchChurnDefinitions } from '../../../../../src/features/retention/api/churn-definitions';
import { fetchBracketRetention } from '../../../../../src/features/retention/api/bracket-retention';
import { fetchLifecycle } from '../../../../../src/features/retention/api/lifecycle';
import { fetchStickinessRatio } from '../../../../../src/features/retention/api/stickiness-ratio';
import { fetchActiveDays } from '../../../../../src/features/retention/api/active-days';
import { RETENTION_SOURCES, type RetentionSource } from '../../../../../src/features/retention/api/retention-filters';
import { fetchRetentionCurve } from '../../../../../src/features/projection/api/retention-curve';
import { openBundledDb } from '../../../../support/node-db';

const BUNDLED = ['Bluesky', 'Mastodon', 'Threads', 'X'];
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A reported cohort table and a reported events log for one new platform, loaded as imports. */
async function importReportedPixelfed(db: Db): Promise<void> {
  const cohorts = ['platform,region,cohort_start,day_offset,cohort_size,retained,retained_later,kind,source'];
  for (const day of [0, 1, 7, 30])
    cohorts.push(`Pixelfed,US,2024-01-01,${day},100,${day === 0 ? 100 : 40 - day},,reported,own count`);
  await loadCsv(db, {
    schema: RETENTION,
    fileName: 'pixelfed-retention.csv',
    bytes: utf8(cohorts.join('\n')),
    datasetId: 'px-ret',
    origin: 'imported',
  });
  const events = ['user_id,platform,region,signup_date,activity_date,kind'];
  for (let u = 0; u < 10; u++) {
    events.push(`p${u},Pixelfed,US,2024-01-01,2024-01-01,reported`);
    if (u < 4) events.push(`p${u},Pixelfed,US,2024-01-01,2024-02-05,reported`);
  }
  await loadCsv(db, {
    schema: EVENTS,
    fileName: 'pixelfed-events.csv',
    bytes: utf8(events.join('\n')),
    datasetId: 'px-ev',
    origin: 'imported',
  });
}

/** Each platform's flag as the rows carry it; a platform whose rows disagree shows up as 'mixed'. */
function flags(rows: readonly { platform: string; modelled: boolean }[]): Record<string, boolean | 'mixed'> {
  const out: Record<string, boolean | 'mixed'> = {};
  for (const r of rows) out[r.platform] = r.platform in out && out[r.platform] !== r.modelled ? 'mixed' : r.modelled;
  return out;
}

/** Every chart-facing query over the cohort tables, its rows reduced to (platform, modelled). */
async function everyQuery(db: Db, source: RetentionSource) {
  const heatmap = async (platform: string) =>
    (await fetchCohortHeatmap(db, { source, platform, region: 'all', mode: 'nday', grain: 'week', minCohort: 50 })).map(
      (c) => ({ platform, modelled: c.modelled }),
    );
  return {
    curves: await fetchRetentionCurves(db, { source, platforms: [], region: 'all', mode: 'nday', maxDay: 30 }),
    heatmap: [...(await heatmap('Threads')), ...(await heatmap('X')), ...(await heatmap('Pixelfed'))],
    monthOne: await fetchMonthOneChurn(db, { source, region: 'all' }),
    definitions: await fetchChurnDefinitions(db, { source, region: 'all' }),
  };
}

describe('the modelled flag, from kind to every retention and projection query (real DuckDB-WASM)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
    await importReportedPixelfed(db);
  });

  for (const source of RETENTION_SOURCES) {
    it(`${source}: every row of a bundled platform is modelled, every row of the imported one reported`, async () => {
      const expected = { ...Object.fromEntries(BUNDLED.map((p) => [p, true])), Pixelfed: false };
      const results = await everyQuery(db, source);
      expect(flags(results.curves)).toEqual(expected);
      expect(flags(results.monthOne)).toEqual(expected);
      expect(flags(results.definitions)).toEqual(expected);
      expect(flags(results.heatmap)).toEqual({ Threads: true, X: true, Pixelfed: false });
      // The flag is a real boolean on every row, never null or missing.
      for (const rows of Object.values(results)) for (const r of rows) expect(typeof r.modelled).toBe('boolean');
    });
  }

  it('every activity-log query (brackets, lifecycle, stickiness, active days) carries each platform its own flag', async () => {
    const expected = { ...Object.fromEntries(BUNDLED.map((p) => [p, true])), Pixelfed: false };
    const all = { platforms: [], region: 'all' };
    // Pixelfed's log: 10 users who signed up on 2024-01-01, 4 of them back on day 35, so a 28–35 bracket is observed.
    const brackets = await fetchBracketRetention(db, { ...all, brackets: [{ lo: 28, hi: 35 }] });
    const results = {
      brackets,
      lifecycle: await fetchLifecycle(db, { ...all, grain: 'month' }),
      stickiness: await fetchStickinessRatio(db, all),
      activeDays: await fetchActiveDays(db, all),
    };
    for (const [name, rows] of Object.entries(results)) {
      expect(flags(rows), name).toEqual(expected);
      for (const r of rows) expect(typeof r.modelled, name).toBe('boolean');
    }
    expect(brackets.find((r) => r.platform === 'Pixelfed')).toMatchObject({ users: 10, active: 4, modelled: false });
  });

  it("the projection's retention curve carries the flag of the rows it pooled", async () => {
    const threads = await fetchRetentionCurve(db, { platform: 'Threads', region: 'EU-27' });
    expect(threads.length).toBeGreaterThan(0);
    expect(new Set(threads.map((r) => r.modelled))).toEqual(new Set([true]));
    const pixelfed = await fetchRetentionCurve(db, { platform: 'Pixelfed', region: 'US' });
    expect(pixelfed.map((r) => [r.day_offset, r.modelled])).toEqual([
      [0, false],
      [1, false],
      [7, false],
      [30, false],
    ]);
  });
});
