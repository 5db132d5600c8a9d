import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';
import { consoleValue, csvFile } from './support/app-actions';

const HEADER = 'platform,date,metric,measure,basis,value,region,coverage,source,note,kind';
const rowsOf = (platform: string) =>
  [
    HEADER,
    `${platform},2023-01-01,MAU,MAU,company,100000,global,global,stats,,reported`,
    `${platform},2024-01-01,MAU,MAU,company,250000,global,global,stats,,reported`,
  ].join('\n');
/** The bundled files the page fetched (their URLs end in .csv), by file name without the content hash. */
const csvFetches = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.csv'))
      .map((p) => p.replace(/^.*\//, '').replace(/-[\w-]{8}\.csv$/, '.csv'))
      .sort(),
  );
const BUNDLED_FILES = ['events-sample.csv', 'expectations.csv', 'launches.csv', 'retention.csv', 'signups.csv'];
/** The machine is shared: an import or query may take a while under load. */
const SLOW = { timeout: 60_000 };
const LOAD_TIMEOUT = 150_000;

const datasets = (page: Page) => page.getByRole('table', { name: 'Datasets' });
const notice = (page: Page) => page.getByRole('status', { name: 'Stored imports' });
/** The app's own performance marks with this prefix (boot marks how it stored and what it re-read). */
const marks = (page: Page, prefix: string) =>
  page.evaluate(
    (p) =>
      performance
        .getEntriesByType('mark')
        .map((m) => m.name)
        .filter((n) => n.startsWith(p)),
    prefix,
  );

async function importAdoption(page: Page, platform: string): Promise<void> {
  const name = `${platform.toLowerCase()}.csv`;
  const stored = (await marks(page, 'uptake:import:stored')).length;
  await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile(name, rowsOf(platform)));
  await expect
    .poll(
      () =>
        page
          .getByRole('article', { name: `Import of ${name}` })
          .getByRole('status')
          .textContent(),
      SLOW,
    )
    .toMatch(/Imported 2 rows as Adoption figures/);
  await expect.poll(() => datasets(page).textContent(), SLOW).toContain(name);
  // The rows go live from memory; the database file (or, in a second tab, only the saved
  // file) gets them once the charts have refreshed. A reload before that reads the file again.
  await expect.poll(async () => (await marks(page, 'uptake:import:stored')).length, SLOW).toBe(stored + 1);
}

/** The platforms in the adoption table (comma-separated, sorted). */
const platformsBySql = (page: Page) =>
  consoleValue(page, `string_agg(DISTINCT platform, ',' ORDER BY platform)`, 'signups');

describe.skipIf(NO_BROWSER)('Imports kept in the stored database across reloads and tabs', () => {
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

  it('reopens the bundled data from the database file on a second visit, without fetching its files', async () => {
    const { page } = app;
    // The first visit fetched and read every bundled file into the database file.
    expect(await csvFetches(page)).toEqual(BUNDLED_FILES);
    expect((await marks(page, 'uptake:loaded:')).length).toBe(BUNDLED_FILES.length);
    // As between two visits: the first has written what it read into the database file.
    await expect.poll(() => marks(page, 'uptake:stored'), SLOW).toEqual(['uptake:stored']);
    await page.reload();
    await waitForPanels(page, LOAD_TIMEOUT);
    expect(await marks(page, 'uptake:storage:')).toEqual(['uptake:storage:database-file']);
    expect(await csvFetches(page)).toEqual([]);
    expect(await marks(page, 'uptake:loaded:')).toEqual([]);
    expect((await marks(page, 'uptake:reopened:')).map((m) => m.replace('uptake:reopened:', '')).sort()).toEqual(
      BUNDLED_FILES,
    );
    // The reopened tables are the whole files: every platform, 145 figures, the cohorts and events.
    expect(await platformsBySql(page)).toBe('Bluesky,Mastodon,Threads,X');
    // Storing ended with the log folded twice, the second time after one small write
    // (db/folded-log.ts): that write's table is in the file and kept.
    expect(await consoleValue(page, 'sum(folds)', 'uptake_log_fold')).toBe('1');
    await expect.poll(() => datasets(page).textContent(), SLOW).toContain('data/retention.csv');
    expect(app.errors).toEqual([]);
  });

  it('reopens an import from the database file after a reload, without re-reading its file', async () => {
    const { page } = app;
    expect(await marks(page, 'uptake:storage:')).toEqual(['uptake:storage:database-file']);
    await importAdoption(page, 'Pixelfed');
    await page.reload();
    await waitForPanels(page, LOAD_TIMEOUT);
    expect(await marks(page, 'uptake:storage:')).toEqual(['uptake:storage:database-file']);
    // The file was not staged again: restore marks every file it re-reads.
    expect(await marks(page, 'uptake:restore:reread:')).toEqual([]);
    await expect.poll(() => datasets(page).textContent(), SLOW).toContain('pixelfed.csv');
    expect(await platformsBySql(page)).toContain('Pixelfed');
    expect(await notice(page).allTextContents()).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it(
    'opens a second tab without the database file, says so, and still shows every import',
    async () => {
      const second = await app.page.context().newPage();
      await second.goto(new URL('/?section=data', app.baseUrl).toString());
      await waitForPanels(second, LOAD_TIMEOUT);
      expect(await marks(second, 'uptake:storage:')).toEqual(['uptake:storage:files-only']);
      // Without the database file this tab reads the bundled files into memory.
      expect(await csvFetches(second)).toEqual(BUNDLED_FILES);
      await expect.poll(() => notice(second).textContent(), SLOW).toMatch(/open in another tab/);
      // Re-read from the stored file, into this tab's own in-memory database.
      expect((await marks(second, 'uptake:restore:reread:')).length).toBe(1);
      expect(await platformsBySql(second)).toContain('Pixelfed');

      // An import made here is kept as a file, and the first tab picks it up when it reloads.
      await importAdoption(second, 'Vero');
      await second.close();
      await app.page.reload();
      await waitForPanels(app.page, LOAD_TIMEOUT);
      expect(await marks(app.page, 'uptake:storage:')).toEqual(['uptake:storage:database-file']);
      // Only the second tab's import is read; the first one is still in the database file.
      expect((await marks(app.page, 'uptake:restore:reread:')).length).toBe(1);
      expect(await platformsBySql(app.page)).toMatch(/Pixelfed.*Vero/);

      // Now in the file too: the next reload reads nothing again.
      // What this start-up re-read goes into the database file once it is ready.
      await expect.poll(() => marks(app.page, 'uptake:stored'), SLOW).toEqual(['uptake:stored']);
      await app.page.reload();
      await waitForPanels(app.page, LOAD_TIMEOUT);
      expect(await marks(app.page, 'uptake:restore:reread:')).toEqual([]);
      expect(await platformsBySql(app.page)).toMatch(/Pixelfed.*Vero/);
      // Three start-ups in one test, as below.
    },
    3 * LOAD_TIMEOUT,
  );

  it(
    'reports a stored database it cannot read, starts with the bundled data and loses no import',
    async () => {
      const context = app.page.context();
      await app.page.close();
      // Before the app's scripts run, take the lock first and overwrite the file with junk.
      await context.addInitScript(() => {
        if (sessionStorage.getItem('damaged') === 'yes') return;
        sessionStorage.setItem('damaged', 'yes');
        void navigator.locks.request('uptake-stored-database', async () => {
          const root = await navigator.storage.getDirectory();
          const handle = await root.getFileHandle('uptake.duckdb', { create: true });
          const writable = await handle.createWritable();
          await writable.write(new Uint8Array(64 * 1024).fill(0x5a));
          await writable.close();
          await root.removeEntry('uptake.duckdb.wal').catch(() => undefined);
        });
      });
      const page = await context.newPage();
      await page.goto(new URL('/?section=data', app.baseUrl).toString());
      await waitForPanels(page, LOAD_TIMEOUT);
      expect(await page.getByRole('status', { name: 'Engine status' }).getAttribute('data-phase')).toBe('ready');
      await expect.poll(() => notice(page).textContent(), SLOW).toMatch(/could not be read/);
      expect(await csvFetches(page)).toEqual(BUNDLED_FILES);
      // Both imports come back from their stored files.
      expect((await marks(page, 'uptake:restore:reread:')).length).toBe(2);
      expect(await platformsBySql(page)).toMatch(/Pixelfed.*Vero/);
      expect(await platformsBySql(page)).toContain('Threads');

      // The unreadable file was set aside: the next visit stores and reopens normally.
      await page.reload();
      await waitForPanels(page, LOAD_TIMEOUT);
      expect(await notice(page).allTextContents()).toEqual([]);
      // What this start-up re-read goes into the database file once it is ready.
      await expect.poll(() => marks(page, 'uptake:stored'), SLOW).toEqual(['uptake:stored']);
      await page.reload();
      await waitForPanels(page, LOAD_TIMEOUT);
      expect(await marks(page, 'uptake:storage:')).toEqual(['uptake:storage:database-file']);
      expect(await marks(page, 'uptake:restore:reread:')).toEqual([]);
      expect(await platformsBySql(page)).toMatch(/Pixelfed.*Vero/);
      // Three start-ups in one test: on a loaded 2-core machine one can take a minute.
    },
    3 * LOAD_TIMEOUT,
  );
});
