import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { fetchAdoptionSeries } from '../../../../../src/features/adoption/api/adoption-series';
import { fetchRegionOptions } from '../../../../../src/features/adoption/api/adoption-options';
import { fetchLaunchEvents } from '../../../../../src/features/adoption/api/launch-events';
import { MEASURES } from '../../../../../src/features/adoption/api/measures';
import { toSeries } from '../../../../../src/features/adoption/model/series';
import { openBundledDb } from '../../../../support/node-db';

describe('bundled data and adoption queries (real DuckDB-WASM, real data/)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('loads every reference milestone and the figures facts.md adds, each with a source and vendor', async () => {
    const [row] = await db.query<{ rows: number; sourced: number; vendors: number; platforms: number }>(
      `SELECT count(*) AS rows, count(*) FILTER (WHERE trim(source) <> '') AS sourced,
              count(*) FILTER (WHERE trim(vendor) <> '') AS vendors, count(DISTINCT platform) AS platforms FROM signups`,
    );
    // 133 rows of platform-milestones.csv + 12 figures stated only in facts.md's text:
    // 5 data.ai country downloads, X's 570M/600M claims, Sensor Tower's 318M, 4 tracker readings.
    expect(row).toEqual({ rows: 145, sourced: 145, vendors: 145, platforms: 4 });
  });

  it("finds Threads' largest reported MAU: 400M on 2025-08-12", async () => {
    const points = await fetchAdoptionSeries(db, { measure: 'MAU', region: 'global', aligned: false });
    const threads = points.filter((p) => p.platform === 'Threads' && p.basis === 'company');
    const top = threads.reduce((a, b) => (b.value > a.value ? b : a));
    expect(top.value).toBe(400_000_000);
    expect(top.date).toEqual(new Date('2025-08-12T00:00:00Z'));
    expect(top.source).toMatch(/Zuckerberg/);
  });

  it('keeps estimates apart from company figures and mDAU apart from DAU', async () => {
    const dau = await fetchAdoptionSeries(db, { measure: 'DAU', region: 'global', aligned: false });
    expect(dau.some((p) => p.metric === 'mDAU')).toBe(false);
    expect(dau.filter((p) => p.platform === 'Threads' && p.basis === 'estimate').map((p) => p.metric)).toContain(
      'DAU_estimate',
    );
    const mdau = await fetchAdoptionSeries(db, { measure: 'mDAU', region: 'global', aligned: false });
    expect(new Set(mdau.map((p) => p.platform))).toEqual(new Set(['X']));
  });

  it('has MAU for all four platforms (the default view); X never reported registered accounts', async () => {
    const mau = await fetchAdoptionSeries(db, { measure: 'MAU', region: 'global', aligned: false });
    expect(new Set(mau.map((p) => p.platform))).toEqual(new Set(['Threads', 'Bluesky', 'Mastodon', 'X']));
    const registered = await fetchAdoptionSeries(db, { measure: 'registered', region: 'global', aligned: false });
    expect(new Set(registered.map((p) => p.platform))).toEqual(new Set(['Threads', 'Bluesky', 'Mastodon']));
  });

  it('aligns Threads on its 2023-07-05 launch: 100M signups on day 5', async () => {
    const points = await fetchAdoptionSeries(db, { measure: 'registered', region: 'global', aligned: true });
    const hundred = points.find((p) => p.platform === 'Threads' && p.value === 100_000_000);
    expect(hundred?.days_since_launch).toBe(5);
    const bluesky3m = points.find((p) => p.platform === 'Bluesky' && p.value === 3_000_000);
    expect(bluesky3m?.days_since_launch).toBe(0); // public opening 2024-02-06
    // "Launch" only where the anchor is a dated launch: Bluesky's is its public opening.
    expect([hundred?.anchor_event, hundred?.anchor_label]).toEqual(['launch', 'Threads launch']);
    expect([bluesky3m?.anchor_event, bluesky3m?.anchor_label]).toEqual(['public_opening', 'Bluesky opens to public']);
    const mastodon = points.find((p) => p.platform === 'Mastodon');
    expect([mastodon?.anchor_event, mastodon?.anchor_label]).toEqual(['surge', 'Mastodon post-Musk surge']);
  });

  it('has the Threads EU launch on 2023-12-14 with its population', async () => {
    const events = await fetchLaunchEvents(db, { region: 'EU-27' });
    const eu = events.find((e) => e.platform === 'Threads' && e.region === 'EU-27');
    expect(eu?.event_date).toEqual(new Date('2023-12-14T00:00:00Z'));
    const [pop] = await db.query<{ p: number }>(
      `SELECT addressable_population AS p FROM launches WHERE platform = 'Threads' AND region = 'EU-27'`,
    );
    expect(pop?.p).toBe(448_000_000);
  });

  it('has the analyst 40M and the ~26M expectations for the EU launch', async () => {
    const rows = await db.query<{ expected_users: number }>(
      `SELECT expected_users FROM expectations WHERE platform = 'Threads' AND region = 'EU-27' ORDER BY expected_users DESC`,
    );
    expect(rows.map((r) => r.expected_users)).toEqual([40_000_000, 25_900_000]);
  });

  it('lists regions with data for the selector, global first', async () => {
    const options = await fetchRegionOptions(db);
    expect(options[0]?.region).toBe('global');
    expect(options.some((o) => o.region === 'EU-27' && o.measure === 'MAU')).toBe(true);
  });
});

describe('adoption series over the bundled data: one producer and coverage per line', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  const labelsAndValues = (series: ReturnType<typeof toSeries>, platform: string) =>
    series.filter((s) => s.platform === platform).map((s) => [s.label, s.points.map((p) => p.value)]);

  it('no series, in any region and measure, mixes two vendors, coverages or bases', async () => {
    const regions = await db.query<{ region: string }>(`SELECT DISTINCT region FROM signups ORDER BY region`);
    let lines = 0;
    for (const { region } of regions) {
      for (const measure of MEASURES) {
        for (const aligned of [false, true]) {
          for (const s of toSeries(await fetchAdoptionSeries(db, { measure, region, aligned }), aligned, region)) {
            lines += 1;
            expect(
              new Set(s.points.map((p) => `${p.vendor}|${p.coverage}|${p.basis}|${p.measure}`)).size,
              s.label,
            ).toBe(1);
          }
        }
      }
    }
    expect(lines).toBeGreaterThan(40);
  });

  it("splits X's DAU estimates by vendor and coverage instead of one zigzag", async () => {
    const series = toSeries(
      await fetchAdoptionSeries(db, { measure: 'DAU', region: 'global', aligned: false }),
      false,
      'global',
    );
    expect(labelsAndValues(series, 'X')).toEqual([
      ['X — DAU, Twitter / X (company)', [225e6, 245e6, 250e6]],
      ['X — DAU, Sensor Tower', [200e6, 217e6]],
      ['X — DAU, Similarweb, Android only', [109e6]],
      ['X — DAU, Similarweb, iOS+Android', [125e6]],
      ['X — DAU, Similarweb, mobile apps', [148.5e6, 132e6, 128.8e6]],
    ]);
  });

  it("keeps Threads' Sensor Tower and Similarweb Android lines apart (no 8M -> 10.3M rise)", async () => {
    const series = toSeries(
      await fetchAdoptionSeries(db, { measure: 'DAU', region: 'global', aligned: false }),
      false,
      'global',
    );
    const threads = Object.fromEntries(labelsAndValues(series, 'Threads'));
    expect(threads['Threads — DAU, Sensor Tower, excl. EU']).toEqual([44e6, 13e6, 8e6]);
    expect(threads['Threads — DAU, Similarweb, Android only']).toEqual([49.3e6, 23.6e6, 10.3e6]);
  });

  it("separates Mastodon's counters: crawler, company, joinmastodon statistics, user-count bot", async () => {
    const mau = toSeries(
      await fetchAdoptionSeries(db, { measure: 'MAU', region: 'global', aligned: false }),
      false,
      'global',
    );
    const byLabel = Object.fromEntries(labelsAndValues(mau, 'Mastodon'));
    expect(byLabel["Mastodon — MAU, Mastodon, Rochko's crawler (company)"]).toEqual([478_046]);
    expect(byLabel['Mastodon — MAU, Mastodon (company)']).toEqual([300_000, 1_028_362, 2_500_000, 894_000, 894_000]);
    const registered = toSeries(
      await fetchAdoptionSeries(db, { measure: 'registered', region: 'global', aligned: false }),
      false,
      'global',
    );
    const accounts = Object.fromEntries(labelsAndValues(registered, 'Mastodon'));
    expect(accounts['Mastodon — registered accounts, Mastodon (company)']).toEqual([7_600_000, 10_000_000]);
    expect(accounts['Mastodon — registered accounts, @mastodonusercount bot']).toEqual([
      7_000_000, 8_001_321, 8_478_627, 10_051_051, 14_904_207, 15_400_000,
    ]);
  });

  it("breaks Twitter's mDAU line across the Q1 2019 - Q1 2021 gap", async () => {
    const [mdau] = toSeries(
      await fetchAdoptionSeries(db, { measure: 'mDAU', region: 'global', aligned: false }),
      false,
      'global',
    );
    const runs = mdau?.segments.map((run) => run.map((p) => p.date.toISOString().slice(0, 10)));
    expect(runs?.[0]).toEqual(['2018-12-31', '2019-03-31']);
    expect(runs?.[1]?.[0]).toBe('2021-03-31');
    expect(runs).toHaveLength(2);
  });
});
