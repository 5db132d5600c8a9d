import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEarlyDownloadsSql,
  fetchEarlyDownloads,
} from '../../../../../src/features/projection/api/early-downloads';
import {
  buildReportedSeriesSql,
  fetchReportedSeries,
} from '../../../../../src/features/projection/api/reported-series';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { SIGNUPS } from '../../../../../src/lib/datasets/store/schemas';
import type { Db } from '../../../../../src/lib/db/types';
import { openBundledDb, openNodeDb } from '../../../../support/node-db';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('projection/reported-series on the bundled data (real DuckDB-WASM)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('names its family on its first line', () => {
    expect(buildReportedSeriesSql().split('\n')[0]).toBe('-- projection/reported-series');
  });

  it("gives Threads' company MAU from the global figures, leaving out Sensor Tower's estimate between them", async () => {
    const rows = await fetchReportedSeries(db, { platform: 'Threads', region: 'global excl. EU', measure: 'MAU' });
    expect(rows.map((r) => [iso(r.date), r.value])).toEqual([
      ['2023-10-25', 100e6],
      ['2024-02-01', 130e6],
      ['2024-04-24', 150e6],
      ['2024-07-03', 175e6],
      ['2024-08-01', 200e6],
      ['2024-10-30', 275e6],
      ['2024-12-16', 300e6],
      ['2025-01-29', 320e6],
      ['2025-04-30', 350e6],
      ['2025-08-12', 400e6],
    ]);
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(['global']));
    expect(rows.every((r) => r.basis !== 'estimate')).toBe(true);
    expect(new Set(rows.map((r) => r.vendor))).toEqual(new Set(['Meta']));
  });

  it("keeps one company counter: Mastodon's own MAU figures, not the single figure of Rochko's crawler among them", async () => {
    const rows = await fetchReportedSeries(db, { platform: 'Mastodon', region: 'global', measure: 'MAU' });
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.vendor))).toEqual(new Set(['Mastodon']));
  });

  it('keeps the estimates when a series has nothing else', async () => {
    // Bluesky publishes no MAU: its one MAU figure is a third-party estimate, and it stays.
    const rows = await fetchReportedSeries(db, { platform: 'Bluesky', region: 'global', measure: 'MAU' });
    expect(rows).toHaveLength(1);
    expect(rows.every((r) => r.basis === 'estimate')).toBe(true);
  });
});

const HEADER = 'platform,date,metric,measure,basis,value,region,coverage,source,note,kind,vendor';
const estimate = (platform: string, date: string, value: number, vendor: string) =>
  `${platform},${date},MAU_estimate,MAU,estimate,${value},global,global,${vendor} panel,,reported,${vendor}`;

describe('projection/reported-series with two vendors and no company figures (real DuckDB-WASM)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    const lines = [
      HEADER,
      // Pixelfed: Beta has three figures, Alpha two, interleaved by date and ten times larger.
      estimate('Pixelfed', '2024-01-01', 10e6, 'Beta'),
      estimate('Pixelfed', '2024-01-15', 100e6, 'Alpha'),
      estimate('Pixelfed', '2024-02-01', 20e6, 'Beta'),
      estimate('Pixelfed', '2024-02-15', 200e6, 'Alpha'),
      estimate('Pixelfed', '2024-03-01', 30e6, 'Beta'),
      // Friendica: two figures each; the tie goes to the name first in alphabetical order.
      estimate('Friendica', '2024-01-01', 5e6, 'Zeta'),
      estimate('Friendica', '2024-02-01', 6e6, 'Zeta'),
      estimate('Friendica', '2024-01-10', 50e6, 'Eta'),
      estimate('Friendica', '2024-02-10', 60e6, 'Eta'),
    ];
    await loadCsv(db, {
      schema: SIGNUPS,
      fileName: 'two-vendors.csv',
      bytes: new TextEncoder().encode(lines.join('\n')),
      datasetId: 'two-vendors',
      origin: 'imported',
    });
  });

  it('takes the vendor with the most figures, and only its figures', async () => {
    const rows = await fetchReportedSeries(db, { platform: 'Pixelfed', region: 'global', measure: 'MAU' });
    expect(rows.map((r) => [iso(r.date), r.value, r.vendor])).toEqual([
      ['2024-01-01', 10e6, 'Beta'],
      ['2024-02-01', 20e6, 'Beta'],
      ['2024-03-01', 30e6, 'Beta'],
    ]);
  });

  it('breaks a tie by name, so the same data always gives the same series', async () => {
    const rows = await fetchReportedSeries(db, { platform: 'Friendica', region: 'global', measure: 'MAU' });
    expect(rows.map((r) => [iso(r.date), r.value, r.vendor])).toEqual([
      ['2024-01-10', 50e6, 'Eta'],
      ['2024-02-10', 60e6, 'Eta'],
    ]);
  });
});

describe('projection/early-downloads on the bundled data (real DuckDB-WASM)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it("gives data.ai's first-days EU downloads of Threads, and nothing outside the launch's first month", async () => {
    expect(buildEarlyDownloadsSql().split('\n')[0]).toBe('-- projection/early-downloads');
    const rows = await fetchEarlyDownloads(db, { platform: 'Threads', region: 'EU-27', launchDate: '2023-12-14' });
    expect(rows.map((r) => [iso(r.date), r.value, r.basis])).toEqual([
      ['2023-12-14', 1.4e6, 'estimate'],
      ['2023-12-16', 2.6e6, 'estimate'],
    ]);
    expect(rows.every((r) => /data\.ai/.test(r.source))).toBe(true);
    expect(await fetchEarlyDownloads(db, { platform: 'Threads', region: 'EU-27', launchDate: '2023-07-05' })).toEqual(
      [],
    );
  });
});
