import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';
import { csvFile, goToSection } from './support/app-actions';

const HEADER = 'platform,date,metric,measure,basis,value,region,coverage,source,note,kind';
const EVIL = '=1+2<b>bold</b>';
const GOOD = [
  HEADER,
  'Pixelfed,2023-01-01,MAU,MAU,company,100000,global,global,Pixelfed stats,,reported',
  'Pixelfed,2024-01-01,MAU,MAU,company,250000,global,global,Pixelfed stats,,reported',
  `"${EVIL}",2024-01-01,MAU,MAU,company,5000,global,global,test,,reported`,
].join('\n');
const BROKEN = [
  HEADER,
  'Vero,2024-01-01,MAU,MAU,company,100,global,global,x,,reported',
  'Vero,2024-02-01,MAU,MAU,company,lots,global,global,x,,reported',
].join('\n');

/**
 * A raw events log large enough (2M rows, ~90 MB) that reading it takes seconds, so the
 * progress bar moves and Cancel can be pressed while DuckDB is still reading.
 */
function largeEventsFile(): string {
  const path = join(tmpdir(), 'uptake-e2e-events-2m.csv');
  if (existsSync(path)) return path;
  writeFileSync(path, 'user_id,platform,region,signup_date,activity_date\n');
  for (let chunk = 0; chunk < 20; chunk++) {
    const lines: string[] = [];
    for (let i = chunk * 100_000; i < (chunk + 1) * 100_000; i++)
      lines.push(`u${i},Testland,global,2024-01-0${1 + (i % 5)},2024-02-0${1 + (i % 9)}`);
    appendFileSync(path, `${lines.join('\n')}\n`);
  }
  return path;
}

const legend = (page: Page) => page.getByRole('list', { name: 'Platforms' }).locator('li[data-series]');
const datasets = (page: Page) => page.getByRole('table', { name: 'Datasets' });

describe.skipIf(NO_BROWSER)('Importing your own CSV in a real browser', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=data');
    await waitForPanels(app.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports a new platform and shows it in the adoption chart legend, as text', async () => {
    const { page } = app;
    await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile('pixelfed.csv', GOOD));
    await expect
      .poll(() => page.getByRole('article', { name: 'Import of pixelfed.csv' }).getByRole('status').textContent())
      .toMatch(/Imported 3 rows as Adoption figures/);
    await expect.poll(() => datasets(page).textContent()).toContain('pixelfed.csv');
    await goToSection(page, 'Adoption');
    const platforms = await legend(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-platform')));
    expect(platforms).toContain('Pixelfed');
    expect(platforms).toContain(EVIL);
    // Rendered as text: the markup shows literally and no <b> element exists in the legend.
    expect(await page.getByRole('list', { name: 'Platforms' }).textContent()).toContain(EVIL);
    expect(await page.getByRole('list', { name: 'Platforms' }).locator('b').count()).toBe(0);
  });

  it("shows a broken file's line in an alert and keeps the earlier data", async () => {
    const { page } = app;
    await goToSection(page, 'Data');
    await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile('broken.csv', BROKEN));
    const card = page.getByRole('article', { name: 'Import of broken.csv' });
    const alert = card.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 60_000 })
      .toMatch(/line 3, column "value".*"lots" is not a number/);
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toContain('Nothing was imported');
    expect(await datasets(page).textContent()).toContain('pixelfed.csv');
    expect(await datasets(page).textContent()).not.toContain('broken.csv');
  });

  it('imports only the valid rows of a file with a bad line, when asked', async () => {
    const { page } = app;
    await page
      .getByLabel('Import CSV', { exact: true })
      .setInputFiles(csvFile('partly.csv', BROKEN.replaceAll('Vero', 'Partly')));
    const card = page.getByRole('article', { name: 'Import of partly.csv' });
    await card.getByRole('button', { name: 'Import 1 valid row' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toMatch(/Imported 1 row as Adoption figures/);
    // Origin, file, table, rows: one row of two arrived.
    const cells = datasets(page).getByRole('row').filter({ hasText: 'partly.csv' }).getByRole('cell');
    await expect
      .poll(() => cells.allTextContents())
      .toEqual(expect.arrayContaining(['imported', 'partly.csv', 'signups', '1']));
    await page.getByRole('button', { name: 'Remove partly.csv' }).click();
    await expect.poll(() => datasets(page).textContent()).not.toContain('partly.csv');
  });

  it('shows the progress of a large file and cancels it, leaving every table as it was', async () => {
    const { page } = app;
    const before = await datasets(page).textContent();
    await page.getByLabel('Import CSV', { exact: true }).setInputFiles(largeEventsFile());
    const card = page.getByRole('article', { name: 'Import of uptake-e2e-events-2m.csv' });
    const bar = card.getByRole('progressbar', { name: 'Import progress' });
    // The engine's own progress reports move the bar while it reads.
    await expect
      .poll(async () => Number(await bar.getAttribute('value')), { timeout: 60_000, interval: 50 })
      .toBeGreaterThan(0);
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => card.getByRole('status').textContent())
      .toBe('Cancelled. Nothing was imported; every table is as it was.');
    expect(await datasets(page).textContent()).toBe(before);
  });

  it('keeps the import after a reload', async () => {
    const { page } = app;
    await page.reload();
    await waitForPanels(page);
    await expect.poll(() => datasets(page).textContent()).toContain('pixelfed.csv');
    await goToSection(page, 'Adoption');
    expect(await legend(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-platform')))).toContain(
      'Pixelfed',
    );
  });

  it('exports the chart data as CSV with formula text neutralised, and the chart as SVG', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('uptake-users-over-time-mau-global.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^platform,date,/);
    expect(csv).toContain('Pixelfed,2024-01-01');
    expect(csv).toContain(`'${EVIL}`);
    expect(csv).not.toMatch(/(^|,)"?=/m);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('removes an import from the Datasets list', async () => {
    const { page } = app;
    await goToSection(page, 'Data');
    await page.getByRole('button', { name: 'Remove pixelfed.csv' }).click();
    await expect.poll(() => datasets(page).textContent()).not.toContain('pixelfed.csv');
    await goToSection(page, 'Adoption');
    expect(await legend(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-platform')))).not.toContain(
      'Pixelfed',
    );
  });

  it('runs read-only SQL and refuses writes inline', async () => {
    const { page } = app;
    await goToSection(page, 'Data');
    const sql = page.getByRole('textbox', { name: 'SQL query' });
    await sql.fill('SELECT count(DISTINCT platform) AS platforms FROM signups');
    await page.getByRole('button', { name: 'Run query' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Query result' }).textContent()).toContain('4');
    const consoleAlert = () => page.getByRole('region', { name: 'SQL console' }).getByRole('alert').textContent();
    await sql.fill('DROP TABLE signups');
    await page.getByRole('button', { name: 'Run query' }).click();
    await expect.poll(consoleAlert).toMatch(/Only read-only queries run here.*"DROP"/);
    await sql.fill('SELECT 1; DROP TABLE signups');
    await page.getByRole('button', { name: 'Run query' }).click();
    await expect.poll(consoleAlert).toMatch(/multiple statements|syntax error/i);
    await sql.fill('SELECT count(*) AS n FROM signups');
    await page.getByRole('button', { name: 'Run query' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Query result' }).textContent()).toMatch(/\d{3}/);
  });

  it('runs the query on Ctrl+Enter and says how many rows there are in all', async () => {
    const { page } = app;
    const sql = page.getByRole('textbox', { name: 'SQL query' });
    await sql.fill('SELECT range AS n FROM range(1234) ORDER BY n');
    await sql.press('Control+Enter');
    const result = page.getByRole('table', { name: 'Query result' });
    await expect.poll(() => result.getByRole('row').count()).toBe(501);
    const status = page.getByRole('region', { name: 'SQL console' }).getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^The first 500 of 1,234 rows in \d+ ms\.$/);
    expect(await result.getByRole('row').nth(500).textContent()).toBe('499');
  });

  it("reports a typo with DuckDB's syntax error at the user's own line", async () => {
    const { page } = app;
    const sql = page.getByRole('textbox', { name: 'SQL query' });
    await sql.fill('SELEC * FROM signups');
    await page.getByRole('button', { name: 'Run query' }).click();
    const alert = page.getByRole('region', { name: 'SQL console' }).getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^Parser Error: syntax error at or near "SELEC" \(line 1, column 1\)/);
    expect(await alert.textContent()).not.toMatch(/change the data|LINE 2/);
    await sql.fill('SELECT platform,\n  nonsense\nFROM signups');
    await sql.press('Control+Enter');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/Referenced column "nonsense" not found[\s\S]*\(line 2, column 3\)/);
  });

  it('keeps a query too long for a link out of the address, and says so', async () => {
    const { page } = app;
    const sql = page.getByRole('textbox', { name: 'SQL query' });
    await sql.fill(`SELECT 7 AS seven -- ${'x'.repeat(5000)}`);
    await page.getByRole('button', { name: 'Run query' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Query result' }).textContent()).toContain('7');
    const panel = page.getByRole('region', { name: 'SQL console' });
    await expect
      .poll(() => panel.getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/not part of the page's address/));
    expect(page.url()).not.toContain('xxxx');
    await sql.fill('SELECT 8 AS eight');
    await sql.press('Control+Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sql')).toBe('SELECT 8 AS eight');
    expect(await panel.getByRole('status').allTextContents()).not.toContainEqual(
      expect.stringMatching(/not part of the page's address/),
    );
  });

  it('opens a copied URL on the same view', async () => {
    const { page } = app;
    await goToSection(page, 'Adoption');
    await page.getByRole('combobox', { name: 'Metric' }).selectOption('registered');
    await page.getByRole('button', { name: 'Log' }).click();
    await waitForPanels(page);
    const url = page.url();
    const points = await page.getByRole('figure', { name: 'Users over time chart' }).getAttribute('data-points');
    const copy = await openApp(browser, new URL(url).pathname + new URL(url).search);
    await waitForPanels(copy.page);
    expect(await copy.page.getByRole('combobox', { name: 'Metric' }).inputValue()).toBe('registered');
    expect(await copy.page.getByRole('button', { name: 'Log' }).getAttribute('aria-pressed')).toBe('true');
    expect(await copy.page.getByRole('figure', { name: 'Users over time chart' }).getAttribute('data-points')).toBe(
      points,
    );
  });

  it('logs no console error and makes no request outside its origin', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
