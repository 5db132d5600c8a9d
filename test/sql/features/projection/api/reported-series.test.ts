import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEarlyDownloadsSql,
  fetchEarlyDownloads,
} from '../../../../../src/features/projection/api/early-downloads';
import {
  buildReportedSeriesSql,
  fetchReportedSeries,
} from '../../../../../src/features/projection/api/reported-series';
import type { Db } from '../../../../../src/lib/db/types';
import { openBundledDb } from '../../../../support/node-db';

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
  });

  it('keeps the estimates when a series has nothing else', async () => {
    // Bluesky publishes no MAU: its one MAU figure is a third-party estimate, and it stays.
    const rows = await fetchReportedSeries(db, { platform: 'Bluesky', region: 'global', measure: 'MAU' });
    expect(rows).toHaveLength(1);
    expect(rows.every((r) => r.basis === 'estimate')).toBe(true);
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
