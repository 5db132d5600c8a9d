import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { RETENTION } from '../../../src/lib/datasets/store/schemas';
import { loadCsv } from '../../../src/lib/datasets/ingest/load-csv';
import { buildAnalogueSeriesSql, fetchAnalogueSeries } from '../../../src/features/projection/api/analogue-series';
import { buildExpectationsSql, fetchExpectations } from '../../../src/features/projection/api/expectations';
import { buildLaunchOptionsSql, fetchLaunchOptions } from '../../../src/features/projection/api/launch-options';
import { buildReportedAfterSql, fetchReportedAfter } from '../../../src/features/projection/api/reported-after';
import { buildRetentionCurveSql, fetchRetentionCurve } from '../../../src/features/projection/api/retention-curve';
import { buildTargetLaunchSql, fetchTargetLaunch } from '../../../src/features/projection/api/target-launch';
import { openBundledDb, openNodeDb } from '../../support/node-db';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('projection queries on the bundled data (real DuckDB-WASM)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('names its family on the first line of every query', () => {
    const sqls = [buildLaunchOptionsSql(), buildAnalogueSeriesSql(), buildTargetLaunchSql(), buildExpectationsSql(), buildReportedAfterSql(), buildRetentionCurveSql()];
    for (const sql of sqls) expect(sql.split('\n')[0]).toMatch(/^-- projection\/[a-z-]+$/);
  });

  it('lists launches without the X suspension', async () => {
    const options = await fetchLaunchOptions(db);
    expect(options.some((o) => o.event === 'suspension')).toBe(false);
    const threads = options.filter((o) => o.platform === 'Threads').map((o) => `${o.region}@${o.event_date.toISOString().slice(0, 10)}`);
    // DuckDB sorts upper case first: 'US' before 'global'.
    expect(threads).toEqual(['US@2023-07-05', 'global@2023-07-05', 'EU-27@2023-12-14']);
  });

  it("gives Threads' launch week as the analogue series: six cumulative signup figures, no MAU", async () => {
    const rows = await fetchAnalogueSeries(db, { platform: 'Threads', region: 'global excl. EU', launchDate: '2023-07-05' });
    expect(rows.map((r) => [r.days_since_launch, r.value])).toEqual([
      [0, 2e6],
      [0, 5e6],
      [1, 10e6],
      [1, 30e6],
      [2, 70e6],
      [5, 100e6],
    ]);
    expect(new Set(rows.map((r) => r.metric))).toEqual(new Set(['signups_cumulative']));
    expect(rows.every((r) => r.region === 'global' && r.baseline === 0)).toBe(true);
  });

  it('subtracts nothing but reports the accounts that existed before a later launch (Bluesky public opening)', async () => {
    const rows = await fetchAnalogueSeries(db, { platform: 'Bluesky', region: 'global', launchDate: '2024-02-06' });
    expect(rows[0]).toMatchObject({ date: day('2024-02-06'), days_since_launch: 0, value: 3e6, baseline: 2e6 });
    // The latest registered figure: the bsky-users tracker's 43.71M of 2026-04-13 (facts.md §5).
    expect(rows.at(-1)?.value).toBe(43.71e6);
  });

  it('falls back to global figures when the launch region has none (Bluesky in Brazil)', async () => {
    const rows = await fetchAnalogueSeries(db, { platform: 'Bluesky', region: 'Brazil', launchDate: '2024-08-30' });
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.every((r) => r.region === 'global')).toBe(true);
    expect(rows[0]?.date).toEqual(day('2024-09-02'));
    expect(rows[0]?.baseline).toBe(6e6);
  });

  it('finds the EU target launch with its population', async () => {
    const [eu] = await fetchTargetLaunch(db, { platform: 'Threads', region: 'EU-27' });
    expect(eu).toMatchObject({ event_date: day('2023-12-14'), addressable_population: 448e6, event: 'regional_launch' });
    const [bluesky] = await fetchTargetLaunch(db, { platform: 'Bluesky', region: 'global' });
    expect(bluesky?.event_date).toEqual(day('2024-02-06')); // the opening, not the beta
    expect(await fetchTargetLaunch(db, { platform: 'X', region: 'Brazil' })).toEqual([]); // only a suspension
  });

  it('returns the 40M and 25.9M expectations for the EU launch only', async () => {
    const rows = await fetchExpectations(db, { platform: 'Threads', region: 'EU-27', launchDate: '2023-12-14' });
    expect(rows.map((r) => r.expected_users)).toEqual([40e6, 25.9e6]);
    expect(rows[0]?.expected_by).toMatch(/Williamson/);
    expect(await fetchExpectations(db, { platform: 'Threads', region: 'EU-27', launchDate: '2023-07-05' })).toEqual([]);
  });

  it('returns what Threads reported after its EU launch: MAU from 130M to 400M', async () => {
    const rows = await fetchReportedAfter(db, { platform: 'Threads', region: 'EU-27', since: '2023-12-14' });
    const mau = rows.filter((r) => r.measure === 'MAU' && r.basis === 'company');
    expect(mau[0]).toMatchObject({ date: day('2024-02-01'), value: 130e6, region: 'global' });
    expect(mau.at(-1)).toMatchObject({ date: day('2025-08-12'), value: 400e6 });
    expect(rows.some((r) => r.measure !== 'MAU' && r.measure !== 'registered')).toBe(false);
    expect(rows.some((r) => r.date < day('2023-12-14'))).toBe(false);
  });

  it('reads the bundled Threads EU retention curve: starts at 1, stays within 0–1, most signups gone after a month', async () => {
    const points = await fetchRetentionCurve(db, { platform: 'Threads', region: 'EU-27' });
    expect(points[0]).toMatchObject({ region: 'EU-27', day_offset: 0, retained_share: 1 });
    expect(points.every((p) => p.retained_share >= 0 && p.retained_share <= 1)).toBe(true);
    const day30 = points.find((p) => p.day_offset === 30);
    expect(day30?.retained_share).toBeLessThan(0.5);
  });

  it('returns no curve, without failing, when no retention data is loaded', async () => {
    const empty = await openNodeDb();
    expect(await fetchRetentionCurve(empty, { platform: 'Threads', region: 'EU-27' })).toEqual([]);
  });
});

describe('retention curve query on a fixture (schema RETENTION)', () => {
  let db: Db;
  // Built from the RETENTION schema's own column list, so a new optional column leaves it loadable.
  const rows: Array<Record<string, string | number>> = [
    // Two global Threads cohorts: pooled day-30 share = (200 + 100) / (1000 + 500) = 0.2.
    { platform: 'Threads', region: 'global', cohort_start: '2023-07-05', day_offset: 0, cohort_size: 1000, retained: 1000 },
    { platform: 'Threads', region: 'global', cohort_start: '2023-07-05', day_offset: 30, cohort_size: 1000, retained: 200 },
    { platform: 'Threads', region: 'global', cohort_start: '2023-07-06', day_offset: 0, cohort_size: 500, retained: 500 },
    { platform: 'Threads', region: 'global', cohort_start: '2023-07-06', day_offset: 30, cohort_size: 500, retained: 100 },
    // EU cohort with unbounded retention: 40 active on day 30, 60 active then or later.
    { platform: 'Threads', region: 'EU-27', cohort_start: '2023-12-14', day_offset: 0, cohort_size: 100, retained: 100, retained_later: 100 },
    { platform: 'Threads', region: 'EU-27', cohort_start: '2023-12-14', day_offset: 30, cohort_size: 100, retained: 40, retained_later: 60 },
    { platform: 'Bluesky', region: 'Brazil', cohort_start: '2024-08-30', day_offset: 7, cohort_size: 10, retained: 3 },
  ];
  const names = RETENTION.columns.map((c) => c.name);
  const csv = [names.join(','), ...rows.map((r) => names.map((n) => r[n] ?? (n === 'kind' ? 'modelled' : n === 'source' ? 'fixture' : '')).join(','))].join('\n');

  beforeAll(async () => {
    db = await openNodeDb();
    await loadCsv(db, { schema: RETENTION, fileName: 'retention-fixture.csv', bytes: new TextEncoder().encode(`${csv}\n`), datasetId: 'test:retention' });
  });

  it('pools cohorts weighted by size in the preferred region', async () => {
    const global = await fetchRetentionCurve(db, { platform: 'Threads', region: 'global' });
    expect(global.map((p) => [p.day_offset, p.retained_share])).toEqual([
      [0, 1],
      [30, 0.2],
    ]);
    expect(global[1]).toMatchObject({ cohort_users: 1500, cohorts: 2, region: 'global' });
    expect(global[1]?.retention_basis).toBe('daily'); // no retained_later in these rows
    const eu = await fetchRetentionCurve(db, { platform: 'Threads', region: 'EU-27' });
    expect(eu.map((p) => [p.retained_share, p.retention_basis])).toEqual([
      [1, 'unbounded'],
      [0.6, 'unbounded'],
    ]);
  });

  it('falls back to global, then to any region of the platform, and is empty for a platform without data', async () => {
    const us = await fetchRetentionCurve(db, { platform: 'Threads', region: 'US' });
    expect(us[0]?.region).toBe('global');
    const bluesky = await fetchRetentionCurve(db, { platform: 'Bluesky', region: 'US' });
    expect(bluesky).toEqual([{ region: 'Brazil', day_offset: 7, retained_share: 0.3, retention_basis: 'daily', cohort_users: 10, cohorts: 1 }]);
    expect(await fetchRetentionCurve(db, { platform: 'Mastodon', region: 'global' })).toEqual([]);
  });
});
