import { afterAll, describe, expect, it } from 'vitest';
import { fetchCohortHeatmap } from '../../../../../src/features/retention/api/cohort-heatmap';
import { fetchMonthOneChurn } from '../../../../../src/features/retention/api/month-one-churn';
import { fetchRetentionCurves } from '../../../../../src/features/retention/api/retention-curves';
import { RETENTION_SOURCES } from '../../../../../src/features/retention/api/retention-filters';
import { openTinyDb } from './tiny-db';

/** Every figure the section draws from the tiny log, as plain JSON (dates as ISO strings). */
async function everything(): Promise<string> {
  const db = await openTinyDb();
  const out: unknown[] = [];
  for (const source of RETENTION_SOURCES) {
    for (const grain of ['week', 'month'] as const) {
      for (const mode of ['nday', 'unbounded'] as const) {
        out.push(await fetchCohortHeatmap(db, { source, platform: 'Alpha', region: 'all', mode, grain, minCohort: 5 }));
        out.push(await fetchRetentionCurves(db, { source, platforms: [], region: 'all', mode, maxDay: 60 }));
      }
    }
    out.push(await fetchMonthOneChurn(db, { source, region: 'all' }));
  }
  return JSON.stringify(out);
}

describe('cohort arithmetic is on DATE values, not local time', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('gives identical matrices, curves and churn under America/Los_Angeles and Asia/Tokyo', async () => {
    process.env.TZ = 'America/Los_Angeles';
    // Winter offset: UTC-8 (480 minutes behind). Proves the zone really changed at runtime.
    expect(new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset()).toBe(480);
    const losAngeles = await everything();

    process.env.TZ = 'Asia/Tokyo';
    expect(new Date(0).getTimezoneOffset()).toBe(-540);
    const tokyo = await everything();

    expect(tokyo).toBe(losAngeles);
    // And the cohorts are the calendar days of the log, not shifted a day by either zone.
    expect(losAngeles).toContain('"cohort":"2024-01-29T00:00:00.000Z"');
    expect(losAngeles).not.toContain('"cohort":"2024-01-28');
  });
});
