import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchCohortCurves, type CohortCurveRow } from '../../../../../src/features/retention/api/cohort-curves';
import { fetchRetentionCurves } from '../../../../../src/features/retention/api/retention-curves';
import { RETENTION_SOURCES, type RetentionSource } from '../../../../../src/features/retention/api/retention-filters';
import { openTinyDb } from './tiny-db';

const key = (r: CohortCurveRow) => `${r.region} ${r.cohort_start.toISOString().slice(0, 10)} d${r.day_offset}`;

describe.each(RETENTION_SOURCES)('per-cohort curves on the tiny log, %s path', (source: RetentionSource) => {
  let db: Db;
  beforeAll(async () => {
    db = await openTinyDb();
  });

  it('counts each cohort apart (from the table in tiny-log.ts)', async () => {
    const rows = await fetchCohortCurves(db, { source, platforms: ['Alpha'], region: 'all', mode: 'nday', maxDay: 60 });
    const at = Object.fromEntries(rows.map((r) => [key(r), [r.active, r.cohort_size]]));
    // 29 Jan in R1: a01 and a02; on day 7 only a01; on day 1 only a02. a12 (R2) on day 60.
    expect(at['R1 2024-01-29 d7']).toEqual([1, 2]);
    expect(at['R1 2024-01-29 d1']).toEqual([1, 2]);
    expect(at['R2 2024-01-29 d60']).toEqual([1, 1]);
    // 5 Feb (a06 a07 a08): a07 on day 35; observed to 29 Mar = day 53, so no day 54 or later.
    expect(at['R1 2024-02-05 d35']).toEqual([1, 3]);
    expect(at['R1 2024-02-05 d53']).toEqual([0, 3]);
    expect(at['R1 2024-02-05 d54']).toBeUndefined();
  });

  it('counts "day N or later" per cohort for unbounded curves', async () => {
    const rows = await fetchCohortCurves(db, {
      source,
      platforms: ['Alpha'],
      region: 'all',
      mode: 'unbounded',
      maxDay: 60,
    });
    const at = Object.fromEntries(rows.map((r) => [key(r), r.active]));
    // a01's last day is 30, a02's 12: on day 13 only a01, on day 31 nobody.
    expect([
      at['R1 2024-01-29 d12'],
      at['R1 2024-01-29 d13'],
      at['R1 2024-01-29 d30'],
      at['R1 2024-01-29 d31'],
    ]).toEqual([2, 1, 1, 0]);
    // a07's last day is 35, a08's 30, a06's 0.
    expect([at['R1 2024-02-05 d1'], at['R1 2024-02-05 d31'], at['R1 2024-02-05 d36']]).toEqual([2, 1, 0]);
  });

  it('pools back to the platform curve', async () => {
    for (const mode of ['nday', 'unbounded'] as const) {
      const params = { source, platforms: [], region: 'all', mode, maxDay: 60 };
      const cohorts = await fetchCohortCurves(db, params);
      const curves = await fetchRetentionCurves(db, params);
      for (const c of curves.filter((x) => x.day_offset >= 1)) {
        const mine = cohorts.filter((r) => r.platform === c.platform && r.day_offset === c.day_offset);
        expect([mine.reduce((s, r) => s + r.active, 0), mine.reduce((s, r) => s + r.cohort_size, 0)]).toEqual([
          c.active,
          c.cohort_users,
        ]);
      }
    }
  });
});
