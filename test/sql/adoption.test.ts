import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/types';
import { fetchAdoptionSeries } from '../../src/features/adoption/api/adoption-series';
import { fetchRegionOptions } from '../../src/features/adoption/api/adoption-options';
import { fetchLaunchEvents } from '../../src/features/adoption/api/launch-events';
import { openBundledDb } from '../support/node-db';

describe('bundled data and adoption queries (real DuckDB-WASM, real data/)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('loads every reference milestone, each with a source', async () => {
    const [row] = await db.query<{ rows: number; sourced: number; platforms: number }>(
      `SELECT count(*) AS rows, count(*) FILTER (WHERE trim(source) <> '') AS sourced, count(DISTINCT platform) AS platforms FROM signups`,
    );
    expect(row).toEqual({ rows: 126, sourced: 126, platforms: 4 });
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
    expect(dau.filter((p) => p.platform === 'Threads' && p.basis === 'estimate').map((p) => p.metric)).toContain('DAU_estimate');
    const mdau = await fetchAdoptionSeries(db, { measure: 'mDAU', region: 'global', aligned: false });
    expect(new Set(mdau.map((p) => p.platform))).toEqual(new Set(['X']));
  });

  it('has MAU for all four platforms (the default view); X never reported registered accounts', async () => {
    const mau = await fetchAdoptionSeries(db, { measure: 'MAU', region: 'global', aligned: false });
    expect(new Set(mau.map((p) => p.platform))).toEqual(new Set(['Threads', 'Bluesky', 'Mastodon', 'X']));
    const registered = await fetchAdoptionSeries(db, { measure: 'registered', region: 'global', aligned: false });
    expect(new Set(registered.map((p) => p.platform))).toEqual(new Set(['Threads', 'Bluesky', 'Mastodon']));
  });

  it("aligns Threads on its 2023-07-05 launch: 100M signups on day 5", async () => {
    const points = await fetchAdoptionSeries(db, { measure: 'registered', region: 'global', aligned: true });
    const hundred = points.find((p) => p.platform === 'Threads' && p.value === 100_000_000);
    expect(hundred?.days_since_launch).toBe(5);
    const bluesky3m = points.find((p) => p.platform === 'Bluesky' && p.value === 3_000_000);
    expect(bluesky3m?.days_since_launch).toBe(0); // public opening 2024-02-06
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
