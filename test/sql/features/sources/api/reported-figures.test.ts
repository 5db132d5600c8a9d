import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { SIGNUPS } from '../../../../../src/lib/datasets/store/schemas';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { fetchFigureFacets } from '../../../../../src/features/sources/api/figure-facets';
import { fetchReportedFigures } from '../../../../../src/features/sources/api/reported-figures';
import { openBundledDb, REPO_ROOT } from '../../../../support/node-db';

/** data/signups.csv read by Papa Parse, apart from DuckDB: the reference the query is checked against. */
function referenceRows(): Record<string, string>[] {
  const text = readFileSync(join(REPO_ROOT, 'data', 'signups.csv'), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('Sources: the reported figures of the signups view (real DuckDB-WASM)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('lists every bundled figure: 145 in all, 42 for Threads, 10 of them Threads MAU', async () => {
    expect(await fetchReportedFigures(db, { platform: '', metric: '' })).toHaveLength(145);
    expect(await fetchReportedFigures(db, { platform: 'Threads', metric: '' })).toHaveLength(42);
    expect(await fetchReportedFigures(db, { platform: 'Threads', metric: 'MAU' })).toHaveLength(10);
    // A metric filter alone: MAU across the four platforms.
    expect(await fetchReportedFigures(db, { platform: '', metric: 'MAU' })).toHaveLength(33);
  });

  it('agrees with the CSV read independently, count by platform and metric', async () => {
    const expected = new Map<string, number>();
    for (const r of referenceRows()) {
      if (r.kind !== 'reported') continue;
      const key = `${r.platform}|${r.metric}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const facets = await fetchFigureFacets(db);
    expect(new Map(facets.map((f) => [`${f.platform}|${f.metric}`, f.figures]))).toEqual(expected);
  });

  it("reads Threads' 100M signups of 2023-07-10 with its source, vendor, coverage and qualifiers", async () => {
    const rows = await fetchReportedFigures(db, { platform: 'Threads', metric: 'signups_cumulative' });
    const row = rows.find((r) => r.value === 100_000_000);
    expect(row).toEqual({
      platform: 'Threads',
      date: new Date('2023-07-10T00:00:00Z'),
      metric: 'signups_cumulative',
      value: 100_000_000,
      region: 'global',
      coverage: 'global excl. EU',
      vendor: 'Meta',
      source: 'Mark Zuckerberg Threads post; ITWeb; Adam Mosseri post (reported 2023-07-10/11)',
      note: "'100 million sign-ups over the weekend'; ~5 days after launch",
      imported_from: null,
    });
    // Oldest first within the platform.
    const days = rows.map((r) => r.date.getTime());
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('names the file of an imported figure and keeps modelled rows out', async () => {
    const text = [
      'platform,date,metric,measure,basis,value,region,coverage,source,note,kind,vendor',
      'Pixelfed,2024-03-01,MAU,MAU,company,250000,global,global,Pixelfed blog,about,reported,Pixelfed',
      'Pixelfed,2024-04-01,MAU,MAU,company,260000,global,global,our own model,,modelled,Uptake',
    ].join('\n');
    await loadCsv(db, {
      schema: SIGNUPS,
      fileName: 'pixelfed-figures.csv',
      bytes: new TextEncoder().encode(text),
      datasetId: 'pixelfed-test',
      origin: 'imported',
    });
    const rows = await fetchReportedFigures(db, { platform: 'Pixelfed', metric: '' });
    expect(rows.map((r) => [r.value, r.imported_from])).toEqual([[250_000, 'pixelfed-figures.csv']]);
    const facets = await fetchFigureFacets(db);
    expect(facets.reduce((sum, f) => sum + f.figures, 0)).toBe(146);
    // A value in the filter is bound, never spliced: a quote in it is just text that matches nothing.
    expect(await fetchReportedFigures(db, { platform: "X' OR '1'='1", metric: '' })).toEqual([]);
  });
});
