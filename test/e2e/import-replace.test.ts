import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';
import { consoleValue, csvFile, importCard } from './support/app-actions';

/** The documented signups columns (data/README.md) without the optional-for-imports `kind`. */
const HEADER = 'platform,date,metric,measure,basis,value,region,coverage,source,note';
const row = (platform: string, date: string, value: number) =>
  `${platform},${date},MAU,MAU,company,${value},global,global,own stats,`;
const OLD = [HEADER, row('Pixelfed', '2024-01-01', 100), row('Pixelfed', '2024-02-01', 200)].join('\n');
// The newer version repeats both rows (same keys, one value corrected) and adds a month.
const NEW = [
  HEADER,
  row('Pixelfed', '2024-01-01', 100),
  row('Pixelfed', '2024-02-01', 200),
  row('Pixelfed', '2024-03-01', 300),
].join('\n');

const SLOW = { timeout: 60_000 };
const LOAD_TIMEOUT = 150_000;

const lastChange = (page: Page) => page.getByRole('status', { name: 'Last change' });
/**
 * Each imported dataset's file and row count, as the Datasets list shows them: "pixelfed.csv: 2";
 * null while the list reloads (its table is not on screen then, which must not read as empty).
 */
const importedFiles = (page: Page) =>
  page.getByRole('region', { name: 'Datasets' }).evaluate((panel) =>
    panel.getAttribute('data-state') !== 'ready'
      ? null
      : [...panel.querySelectorAll('tr')]
          .map((r) => [...r.querySelectorAll('td, th')].map((c) => c.textContent ?? ''))
          .filter((cells) => cells[0] === 'imported')
          .map((cells) => `${cells[1]}: ${cells[3]}`),
  );

/** Pixelfed's figures as the page's own SQL console reads them from the live view: "date=value" pairs. */
const pixelfedBySql = (page: Page) =>
  consoleValue(
    page,
    `coalesce(string_agg(strftime(date, '%Y-%m') || '=' || CAST(value AS BIGINT), ',' ORDER BY date), '')`,
    `signups WHERE platform = 'Pixelfed'`,
  );

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile(name, text));
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await waitForPanels(page, LOAD_TIMEOUT);
}

describe.skipIf(NO_BROWSER)('Replace, Remove and Undo in the Data section', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=data');
    await waitForPanels(app.page, LOAD_TIMEOUT);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports a file with the documented columns but no kind at once, says what it read, and Undo removes it', async () => {
    const { page } = app;
    await importFile(page, 'pixelfed.csv', OLD);
    const imported = importCard(page, 'pixelfed.csv');
    await expect
      .poll(() => imported.getByRole('status').first().textContent(), SLOW)
      .toMatch(
        /^Imported 2 rows as Adoption figures \(signups, MAU, DAU\) in [\d.]+ s, reading 10 columns \(platform, date,/,
      );
    expect(await imported.getByRole('list', { name: 'Defaults applied' }).textContent()).toContain(
      'kind = "reported" (imported figures are reported)',
    );
    await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2']);
    expect(await pixelfedBySql(page)).toBe('2024-01=100,2024-02=200');

    await imported.getByRole('button', { name: 'Undo the import of pixelfed.csv' }).click();
    await expect.poll(() => importedFiles(page), SLOW).toEqual([]);
    await expect.poll(() => imported.textContent(), SLOW).toContain('These rows are no longer loaded.');
    // Undoing the import is itself a removal that can be undone.
    await expect.poll(() => lastChange(page).textContent(), SLOW).toMatch(/^Removed pixelfed\.csv \(2 rows\)\. Undo/);
    await lastChange(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2']);
    expect(await lastChange(page).textContent()).toBe('Undone: pixelfed.csv (2 rows) is back.');
    expect(await pixelfedBySql(page)).toBe('2024-01=100,2024-02=200');
  });

  it(
    'offers Replace for a newer version in one sentence, replaces it, and Undo puts the old one back, across a reload',
    async () => {
      const { page } = app;
      await importFile(page, 'pixelfed.csv', NEW);
      const newer = importCard(page, 'pixelfed.csv').last();
      await expect
        .poll(() => newer.getByRole('status').first().textContent(), SLOW)
        .toMatch(
          /^A dataset from pixelfed\.csv \(2 rows, loaded \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d UTC\) is already loaded\. Replace it/,
        );
      // One sentence and the choice: no list of "already loaded" rows.
      expect(await newer.getByRole('table', { name: 'Problems' }).count()).toBe(0);
      expect(await newer.getByRole('alert').count()).toBe(0);
      expect(await pixelfedBySql(page)).toBe('2024-01=100,2024-02=200');

      await newer.getByRole('button', { name: 'Replace' }).click();
      await expect
        .poll(() => newer.getByRole('status').first().textContent(), SLOW)
        .toMatch(/^Imported 3 rows as Adoption figures .* They replace pixelfed\.csv \(2 rows\)\./);
      await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 3']);
      expect(await pixelfedBySql(page)).toBe('2024-01=100,2024-02=200,2024-03=300');
      expect(await lastChange(page).textContent()).toMatch(
        /^Replaced pixelfed\.csv \(2 rows\) with a newer version\. Undo/,
      );

      await newer.getByRole('button', { name: 'Undo the import of pixelfed.csv' }).click();
      await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2']);
      expect(await pixelfedBySql(page)).toBe('2024-01=100,2024-02=200');
      expect(await lastChange(page).textContent()).toBe(
        'Undone: pixelfed.csv (2 rows) is back and the newer version is removed.',
      );
      // The stored database and files agree with the screen: the reload shows the old version.
      await reload(page);
      await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2']);
      expect(await pixelfedBySql(page)).toBe('2024-01=100,2024-02=200');
    },
    2 * LOAD_TIMEOUT,
  );

  it('imports a file with the same platforms alongside when asked', async () => {
    const { page } = app;
    await importFile(page, 'pixelfed-april.csv', [HEADER, row('Pixelfed', '2024-04-01', 400)].join('\n'));
    const april = importCard(page, 'pixelfed-april.csv');
    await expect
      .poll(() => april.getByRole('status').first().textContent(), SLOW)
      .toMatch(/^A dataset from pixelfed\.csv \(2 rows, .*\) is already loaded, with the same platforms\./);
    await april.getByRole('button', { name: 'Import alongside' }).click();
    await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2', 'pixelfed-april.csv: 1']);
    expect(await pixelfedBySql(page)).toBe('2024-01=100,2024-02=200,2024-04=400');
  });

  it(
    'Remove can be undone, and a reload after Undo keeps the dataset',
    async () => {
      const { page } = app;
      await page.getByRole('button', { name: 'Remove pixelfed-april.csv' }).click();
      await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2']);
      await expect
        .poll(() => lastChange(page).textContent(), SLOW)
        .toMatch(/^Removed pixelfed-april\.csv \(1 row\)\. Undo \(for 30 seconds, or until the next change\)$/);
      await lastChange(page).getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2', 'pixelfed-april.csv: 1']);
      await reload(page);
      await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2', 'pixelfed-april.csv: 1']);
      expect(await pixelfedBySql(page)).toBe('2024-01=100,2024-02=200,2024-04=400');
    },
    2 * LOAD_TIMEOUT,
  );

  it(
    'a removal stands after a reload inside its undo window',
    async () => {
      const { page } = app;
      await page.getByRole('button', { name: 'Remove pixelfed-april.csv' }).click();
      await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2']);
      // Reloaded inside the undo window: the removal stands.
      await reload(page);
      await expect.poll(() => importedFiles(page), SLOW).toEqual(['pixelfed.csv: 2']);
      expect(await pixelfedBySql(page)).toBe('2024-01=100,2024-02=200');
      expect(await lastChange(page).textContent()).toBe('');
    },
    2 * LOAD_TIMEOUT,
  );

  it('logs no console error and makes no request outside its origin', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
