import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { openBundledDb } from '../../support/node-db';

interface Figure {
  readonly date: string;
  readonly metric: string;
  readonly measure: string;
  readonly basis: string;
  readonly value: number;
  readonly region: string;
  readonly vendor: string;
  readonly source: string;
  readonly note: string | null;
}

// The figures of ../shared/reference/ newer than the data's former end (2026-01-07) or
// found only in facts.md's text; expected values are copied from facts.md by hand.
describe('newer reported figures in signups.csv', () => {
  let db: Db;
  const figures = (platform: string, where: string) =>
    db.query<Figure>(
      `SELECT strftime(date, '%Y-%m-%d') AS date, metric, measure, basis, value, region, vendor, source, note
       FROM signups WHERE platform = $1 AND ${where} ORDER BY date, region, value`,
      [platform],
    );
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it("has X's DSA EU figures for H1 and H2 2025 apart from the earlier counting, saying why", async () => {
    const rows = await figures('X', `metric = 'MAU_EU' AND region = 'EU-27' AND date >= DATE '2025-04-01'`);
    expect(rows.map((r) => [r.date, r.value, r.basis, r.vendor])).toEqual([
      ['2025-06-30', 76_000_000, 'company', 'Twitter / X, DSA counting from 2025'],
      ['2025-12-31', 64_800_000, 'company', 'Twitter / X, DSA counting from 2025'],
    ]);
    expect(rows[0]?.note).toMatch(/does not reconcile with the 94\.8M.*counting probably changed/);
    const earlier = await figures('X', `metric = 'MAU_EU' AND region = 'EU-27' AND date < DATE '2025-04-01'`);
    expect(earlier.map((r) => r.value)).toEqual([112_200_000, 111_400_000, 105_900_000, 94_800_000]);
    expect(new Set(earlier.map((r) => r.vendor))).toEqual(new Set(['Twitter / X']));
  });

  it("has X's 570M and ~600M MAU claims as secondary, and Sensor Tower's ~318M as an estimate", async () => {
    const rows = await figures(
      'X',
      `measure = 'MAU' AND region = 'global' AND date BETWEEN DATE '2024-10-01' AND DATE '2025-04-30'`,
    );
    expect(rows.map((r) => [r.date, r.metric, r.value, r.basis, r.vendor])).toEqual([
      ['2024-10-01', 'MAU_estimate', 318_000_000, 'estimate', 'Sensor Tower'],
      ['2024-12-01', 'MAU', 570_000_000, 'company', 'Twitter / X'],
      ['2025-04-01', 'MAU', 600_000_000, 'company', 'Twitter / X'],
    ]);
    expect(rows[0]?.source).toMatch(/Beijing Times/);
    expect(rows[1]?.note).toMatch(/secondary only, unverified/);
    expect(rows[2]?.source).toMatch(/Yaccarino/);
  });

  it("has Bluesky's account counter readings through 2026 from the public tracker", async () => {
    const rows = await figures('Bluesky', `vendor = 'bsky-users tracker'`);
    expect(rows.map((r) => [r.date, r.value])).toEqual([
      ['2025-01-01', 25_940_000],
      ['2025-02-01', 30_400_000],
      ['2025-06-01', 36_270_000],
      ['2025-12-01', 40_630_000],
      ['2026-01-01', 41_410_000],
      ['2026-04-13', 43_710_000],
    ]);
    expect(
      rows.every(
        (r) => r.basis === 'estimate' && r.measure === 'registered' && /github\.com\/elaval\/bskyusers/.test(r.source),
      ),
    ).toBe(true);
  });

  it("has Mastodon's ~894k MAU at the end of 2024", async () => {
    const rows = await figures('Mastodon', `metric = 'MAU' AND date BETWEEN DATE '2024-11-01' AND DATE '2024-12-31'`);
    expect(rows.map((r) => [r.date, r.value])).toEqual([
      ['2024-11-18', 894_000],
      ['2024-12-01', 894_000],
    ]);
    expect(rows[1]?.source).toMatch(/TechCrunch/);
  });

  it("has data.ai's first-days EU downloads of Threads: downloads_cumulative, measure other, estimate", async () => {
    const rows = await figures('Threads', `metric = 'downloads_cumulative' AND date >= DATE '2023-12-01'`);
    expect(rows.map((r) => [r.date, r.region, r.value])).toEqual([
      ['2023-12-14', 'EU-27', 1_400_000],
      ['2023-12-16', 'EU-27', 2_600_000],
      ['2023-12-16', 'France', 440_000],
      ['2023-12-16', 'Germany', 550_000],
      ['2023-12-16', 'Italy', 1_060_000],
      ['2023-12-16', 'Poland', 45_000],
      ['2023-12-16', 'Spain', 350_000],
    ]);
    expect(rows.every((r) => r.measure === 'other' && r.basis === 'estimate' && r.vendor === 'data.ai')).toBe(true);
    // The five countries are part of the ~2.6M first-three-days figure, never more than it.
    expect(rows.filter((r) => r.region !== 'EU-27').reduce((sum, r) => sum + r.value, 0)).toBeLessThanOrEqual(
      2_600_000,
    );
  });

  it('names the vendor of every estimate in its source or note, and only companies on company figures', async () => {
    const rows = await db.query<{
      platform: string;
      basis: string;
      vendor: string;
      source: string;
      note: string | null;
    }>(`SELECT platform, basis, vendor, source, note FROM signups`);
    // Vendor -> words its source or note must contain (written here, not taken from the generator).
    const evidence: Record<string, RegExp> = {
      'Sensor Tower': /Sensor Tower/,
      Similarweb: /Similarweb/,
      'data.ai': /data\.ai/,
      Lusa: /Lusa/,
      'bluefacts.app': /bluefacts/,
      'Bsky Stats': /Bsky Stats|Bluesky Stats|engineer's public dashboard/,
      'bsky-users tracker': /bsky-users/,
      'unnamed online tracker': /online tracker/,
      'third-party stats (Hacker News)': /third-party stats/,
      'api.joinmastodon.org statistics': /mastodon-analytics|joinmastodon/,
      '@mastodonusercount bot': /mastodonusercount|user-count bot/,
      'Hilda Bastian (PLOS)': /Hilda Bastian/,
      'unnamed sources': /some sources/,
    };
    const companies = [
      'Meta',
      'Twitter / X',
      'Twitter / X, DSA counting from 2025',
      'Bluesky',
      'Mastodon',
      "Mastodon, Rochko's crawler",
    ];
    for (const r of rows) {
      if (r.basis === 'company') expect(companies, `${r.platform}: ${r.source}`).toContain(r.vendor);
      else expect(`${r.source} ${r.note ?? ''}`, r.vendor).toMatch(evidence[r.vendor] ?? /^$/);
    }
  });
});
