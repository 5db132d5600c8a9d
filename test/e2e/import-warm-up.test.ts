import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels } from './support/browser';
import { consoleValue, csvFile, importCard, rowTexts } from './support/app-actions';

// The Data section runs the import path once on a two-row file while it is idle
// (src/lib/datasets/ingest/warm-import.ts). Nobody may see it: no dataset, no table, no error.

const LOG = [
  'user_id,platform,region,signup_date,activity_date,kind',
  'p1,Pixelfed,global,2024-03-01,2024-03-02,reported',
].join('\n');

describe.skipIf(NO_BROWSER)('Readying the import path while the Data section is idle', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leaves no dataset or table behind, and the first import after it publishes as usual', async () => {
    const { page, errors } = await openApp(browser, '/?section=data');
    await waitForPanels(page);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('uptake:import:warmed').length), { timeout: 60_000 })
      .toBe(1);
    const datasets = page.getByRole('table', { name: 'Datasets' });
    expect(await rowTexts(datasets.getByRole('row'), 1)).toEqual([
      ['Source'],
      ...Array.from({ length: 5 }, () => ['bundled']),
    ]);
    // No staging table anywhere, and nothing at all in the in-memory database imports are read into.
    const leftBehind = `count(*) FILTER (WHERE database_name = 'uptake_scratch' OR table_name LIKE '\\_\\_%' ESCAPE '\\')`;
    expect(await consoleValue(page, leftBehind, 'duckdb_tables()')).toBe('0');
    expect(await consoleValue(page, 'count(*)', "duckdb_databases() WHERE database_name = 'uptake_scratch'")).toBe('1');
    expect(await consoleValue(page, 'count(DISTINCT platform)', 'events')).toBe('4');

    await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile('pixelfed-log.csv', LOG));
    await expect
      .poll(() => importCard(page, 'pixelfed-log.csv').getAttribute('data-step'), {
        timeout: 60_000,
      })
      .toBe('done');
    expect(await consoleValue(page, "count(*) FILTER (WHERE platform = 'Pixelfed')", 'events')).toBe('1');
    expect(errors).toEqual([]);
  });
});
