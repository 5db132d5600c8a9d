import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';

const IMPORTED = [
  'platform,date,metric,measure,basis,value,region,coverage,source,note,kind',
  'Pixelfed,2024-03-01,MAU,MAU,company,250000,global,global,Pixelfed blog,about,reported',
].join('\n');

const panel = (page: Page) => page.getByRole('region', { name: 'Sources' });
const table = (page: Page) => panel(page).getByRole('table', { name: 'Reported figures' });
const shown = (page: Page) =>
  panel(page)
    .getByText(/^Showing \d+ of \d+ reported figures\.$/)
    .textContent();

describe.skipIf(NO_BROWSER)('The Sources panel in a real browser', () => {
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

  it('lists every reported figure, then filters by platform and metric, kept in the link', async () => {
    const { page } = app;
    await expect.poll(() => shown(page)).toBe('Showing 145 of 145 reported figures.');
    await panel(page).getByRole('combobox', { name: 'Sources platform' }).selectOption('Threads');
    await expect.poll(() => shown(page)).toBe('Showing 42 of 145 reported figures.');
    await panel(page).getByRole('combobox', { name: 'Sources metric' }).selectOption('signups_cumulative');
    await expect.poll(() => shown(page)).toBe('Showing 6 of 145 reported figures.');
    const params = new URL(page.url()).searchParams;
    expect([params.get('srcplat'), params.get('srcmetric')]).toEqual(['Threads', 'signups_cumulative']);

    // Threads' 100M signups, read cell by cell.
    const row = table(page).getByRole('row').filter({ hasText: '100,000,000' });
    expect(await row.count()).toBe(1);
    expect(await row.getByRole('rowheader').textContent()).toBe('Threads');
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 7)).toEqual([
      '10 Jul 2023',
      'Cumulative signups signups_cumulative',
      '100,000,000',
      'signups',
      'global',
      'global excl. EU',
      'Meta',
    ]);
    expect(cells[7]).toContain('Mark Zuckerberg Threads post');
    expect(cells[8]).toContain('100 million sign-ups over the weekend');

    // The link brings the same list back.
    await page.reload();
    await waitForPanels(page);
    await expect.poll(() => shown(page)).toBe('Showing 6 of 145 reported figures.');
  });

  it('exports the listed figures as CSV, code and readable name both', async () => {
    const { page } = app;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('uptake-sources.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'platform,date,metric,metric_name,value,unit,region,coverage,vendor,source,note,imported_from',
    );
    expect(lines).toHaveLength(7);
    expect(lines.find((l) => l.includes(',100000000,'))).toMatch(
      /^Threads,2023-07-10,signups_cumulative,Cumulative signups,100000000,signups,global,global excl\. EU,Meta,/,
    );
  });

  it('shows an imported figure with the file it came from', async () => {
    const { page } = app;
    await page.getByLabel('Import CSV', { exact: true }).setInputFiles({
      name: 'pixelfed-sources.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${IMPORTED}\n`),
    });
    await expect
      .poll(
        () => page.getByRole('article', { name: 'Import of pixelfed-sources.csv' }).getByRole('status').textContent(),
        { timeout: 60_000 },
      )
      .toMatch(/Imported 1 row/);
    await panel(page).getByRole('combobox', { name: 'Sources platform' }).selectOption('Pixelfed');
    await expect.poll(() => shown(page)).toBe('Showing 1 of 146 reported figures.');
    // Pixelfed has no signups_cumulative: the metric chosen before leaves the link.
    expect(new URL(page.url()).searchParams.get('srcmetric')).toBeNull();
    expect(await table(page).getByRole('row').filter({ hasText: '250,000' }).textContent()).toContain(
      'Pixelfed blog (imported from pixelfed-sources.csv)',
    );
    await page.getByRole('button', { name: 'Remove pixelfed-sources.csv' }).click();
    await expect.poll(() => shown(page)).toBe('Showing 145 of 145 reported figures.');
    expect(app.errors).toEqual([]);
  });
});
