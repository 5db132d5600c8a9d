import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { RETENTION } from '../../../../../src/lib/datasets/store/schemas';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { buildExpectationsSql, fetchExpectations } from '../../../../../src/features/projection/api/expectations';
import { buildLaunchOptionsSql, fetchLaunchOptions } from '../../../../../src/features/projection/api/launch-options';
import { buildReportedAfterSql, fetchReportedAfter } from '../../../../../src/features/projection/api/reported-after';
import {
  buildRetentionCurveSql,
  fetchRetentionCurve,
} from '../../../../../src/features/projection/api/retention-curve';
import {
  buildRegisteredFiguresSql,
  fetchRegisteredFigures,
  type RegisteredRow,
} from '../../../../../src/features/projection/api/registered-figures';
import {
  analogueSeries,
  latestByRegion,
  targetReason,
  type AnalogueSeries,
} from '../../../../../src/features/projection/model/analogue-offers';
import { openBundledDb, openNodeDb } from '../../../../support/node-db';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('projection queries on the bundled data (real DuckDB-WASM)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('names its family on the first line of every query', () => {
    const sqls = [
      buildLaunchOptionsSql(),
      buildRegisteredFiguresSql(),
      buildExpectationsSql(),
      buildReportedAfterSql(),
      buildRetentionCurveSql(),
    ];
    for (const sql of sqls) expect(sql.split('\n')[0]).toMatch(/^-- projection\/[a-z-]+$/);
  });

  it('lists launches without the X suspension', async () => {
    const options = await fetchLaunchOptions(db);
    expect(options.some((o) => o.event === 'suspension')).toBe(false);
    const threads = options
      .filter((o) => o.platform === 'Threads')
      .map((o) => `${o.region}@${o.event_date.toISOString().slice(0, 10)}`);
    // DuckDB sorts upper case first: 'US' before 'global'.
    expect(threads).toEqual(['US@2023-07-05', 'global@2023-07-05', 'EU-27@2023-12-14']);
  });

  /** The analogue offer of `platform`'s launch in `region` on `iso`, from the bundled data. */
  async function offer(platform: string, region: string, iso: string) {
    const rows: RegisteredRow[] = (await fetchRegisteredFigures(db)).filter((r) => r.platform === platform);
    const launch = (await fetchLaunchOptions(db)).find(
      (l) => l.platform === platform && l.region === region && l.event_date.getTime() === day(iso).getTime(),
    );
    if (!launch) throw new Error(`no ${platform} launch in ${region} on ${iso}`);
    return { launch, offer: analogueSeries(rows, launch) };
  }
  function seriesOf(o: Awaited<ReturnType<typeof offer>>): AnalogueSeries {
    if (!o.offer.ok) throw new Error(o.offer.reason);
    return o.offer.value;
  }

  it("gives Threads' launch week as the analogue series: six cumulative signup figures by Meta, no MAU", async () => {
    const series = seriesOf(await offer('Threads', 'global', '2023-07-05'));
    expect(series.figures.map((r) => [r.days, r.value])).toEqual([
      [0, 2e6],
      [0, 5e6],
      [1, 10e6],
      [1, 30e6],
      [2, 70e6],
      [5, 100e6],
    ]);
    expect(series).toMatchObject({ vendor: 'Meta', region: 'global', baseline: 0 });
  });

  it("fits Bluesky's public opening on Bluesky's own count only, minus its 2M before the opening", async () => {
    const series = seriesOf(await offer('Bluesky', 'global', '2024-02-06'));
    expect(series).toMatchObject({ vendor: 'Bluesky', baseline: 2e6 });
    expect(series.figures[0]).toMatchObject({ date: day('2024-02-06'), days: 0, value: 3e6 });
    // Bluesky's own figures from 3M to 40M (2025-10-31); the trackers' 4M, 7.8M, 43.71M ... are other counters.
    expect(series.figures.map((f) => f.value / 1e6)).toEqual([3, 5, 6, 10, 13, 20, 25, 30, 35, 38, 40]);
  });

  it('refuses what cannot be fitted, each with its reason', async () => {
    // Mastodon's surge: the bot counts after it but not before; Rochko's crawler before, not after.
    expect((await offer('Mastodon', 'global', '2022-10-27')).offer).toEqual({
      ok: false,
      reason: 'its figures after it come from @mastodonusercount bot, which has no count before it to subtract',
    });
    expect((await offer('Bluesky', 'Brazil', '2024-08-30')).offer).toEqual({
      ok: false,
      reason: 'no signup figures for Brazil',
    });
    expect((await offer('Threads', 'EU-27', '2023-12-14')).offer).toEqual({
      ok: false,
      reason: 'no signup figures for EU-27',
    });
    // "Threads US launch" has no US signup figures: it is no longer fitted on global ones.
    expect((await offer('Threads', 'US', '2023-07-05')).offer).toEqual({
      ok: false,
      reason: 'no signup figures for US',
    });
  });

  it("offers Bluesky's targets by population and by the figures known before them", async () => {
    const opening = await offer('Bluesky', 'global', '2024-02-06');
    const targets = latestByRegion((await fetchLaunchOptions(db)).filter((l) => l.platform === 'Bluesky'));
    const reasons = Object.fromEntries(
      targets.map((t) => [t.region, targetReason(t, opening.launch, seriesOf(opening))]),
    );
    expect(reasons).toEqual({
      global: 'no addressable population in the data',
      Brazil: 'only 3 analogue figures before it; a fit needs 4', // 3M, 5M, 6M before 2024-08-30
      US: 'no addressable population in the data',
    });
    const beta = await offer('Bluesky', 'global', '2023-02-01');
    const brazil = targets.find((t) => t.region === 'Brazil')!;
    expect(brazil).toMatchObject({ event_date: day('2024-08-30'), addressable_population: 203080756 });
    expect(targetReason(brazil, beta.launch, seriesOf(beta))).toBeNull(); // 1M, 2M, 3M, 5M, 6M before it
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
    {
      platform: 'Threads',
      region: 'global',
      cohort_start: '2023-07-05',
      day_offset: 0,
      cohort_size: 1000,
      retained: 1000,
    },
    {
      platform: 'Threads',
      region: 'global',
      cohort_start: '2023-07-05',
      day_offset: 30,
      cohort_size: 1000,
      retained: 200,
    },
    {
      platform: 'Threads',
      region: 'global',
      cohort_start: '2023-07-06',
      day_offset: 0,
      cohort_size: 500,
      retained: 500,
    },
    {
      platform: 'Threads',
      region: 'global',
      cohort_start: '2023-07-06',
      day_offset: 30,
      cohort_size: 500,
      retained: 100,
    },
    // EU cohort with unbounded retention: 40 active on day 30, 60 active then or later.
    {
      platform: 'Threads',
      region: 'EU-27',
      cohort_start: '2023-12-14',
      day_offset: 0,
      cohort_size: 100,
      retained: 100,
      retained_later: 100,
    },
    {
      platform: 'Threads',
      region: 'EU-27',
      cohort_start: '2023-12-14',
      day_offset: 30,
      cohort_size: 100,
      retained: 40,
      retained_later: 60,
    },
    { platform: 'Bluesky', region: 'Brazil', cohort_start: '2024-08-30', day_offset: 7, cohort_size: 10, retained: 3 },
  ];
  const names = RETENTION.columns.map((c) => c.name);
  const csv = [
    names.join(','),
    ...rows.map((r) =>
      names.map((n) => r[n] ?? (n === 'kind' ? 'modelled' : n === 'source' ? 'fixture' : '')).join(','),
    ),
  ].join('\n');

  beforeAll(async () => {
    db = await openNodeDb();
    await loadCsv(db, {
      schema: RETENTION,
      fileName: 'retention-fixture.csv',
      bytes: new TextEncoder().encode(`${csv}\n`),
      datasetId: 'test:retention',
    });
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
    // The fixture's rows are all kind 'modelled', so the pooled curve is flagged modelled.
    expect(bluesky).toEqual([
      {
        region: 'Brazil',
        day_offset: 7,
        retained_share: 0.3,
        retention_basis: 'daily',
        cohort_users: 10,
        cohorts: 1,
        modelled: true,
      },
    ]);
    expect(await fetchRetentionCurve(db, { platform: 'Mastodon', region: 'global' })).toEqual([]);
  });
});
