import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';
import { csvFile, goToSection, importCard, rowTexts } from './support/app-actions';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'imports', name), 'utf8').trimEnd();

/** The Adoption data table's rows for one platform: platform, date, value, metric, basis, vendor. */
async function adoptionRows(page: Page, platform: string): Promise<(string | null)[][]> {
  const rows = page
    .getByRole('table', { name: 'Plotted figures' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: platform, exact: true }) });
  return rowTexts(rows, 6);
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Importing a wide adoption table: one column per platform, one click', () => {
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

  it('month,Threads2,Bluesky2 is recognised, imports with one click on Import, and draws two new series', async () => {
    const { page } = app;
    await page
      .getByLabel('Import CSV', { exact: true })
      .setInputFiles(csvFile('adoption-wide.csv', fixture('adoption-wide.csv')));
    const c = importCard(page, 'adoption-wide.csv');
    await c.getByRole('button', { name: 'Import', exact: true }).waitFor();
    expect(await c.getByRole('status').textContent()).toBe(
      'Recognised as adoption figures: a wide table with one column per platform (Threads2, Bluesky2), dated by "month".',
    );
    const metric = c.getByRole('combobox', { name: 'Metric of every value' });
    expect(await metric.inputValue()).toBe('MAU');
    expect(await c.getByText(/^Assumed: neither the file nor its name says which metric/).count()).toBe(1);
    await c.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => c.getByRole('status').textContent(), { timeout: 30_000 })
      .toMatch(/^Imported 6 rows as Adoption figures/);
    expect(
      await c
        .getByText(
          'Read 6 figures from 4 lines (empty cells give no row): Bluesky2, Threads2, 2024-01-31 to 2024-06-30.',
        )
        .count(),
    ).toBe(1);
    expect(
      await c
        .getByText(
          'Every value is read as MAU (monthly active users): assumed, as neither the file nor its name says which metric.',
        )
        .count(),
    ).toBe(1);

    await goToSection(page, 'Adoption');
    const legend = page.getByRole('list', { name: 'Platforms' });
    const colourOf = (platform: string) =>
      legend.locator(`li[data-platform="${platform}"] line`).first().getAttribute('stroke');
    const colours = await Promise.all(['Threads2', 'Bluesky2', 'Threads', 'Bluesky'].map(colourOf));
    expect(colours.every((c) => c !== null)).toBe(true);
    expect(new Set(colours).size).toBe(4);
    expect(await legend.locator('li[data-platform="Threads2"]').textContent()).toMatch(/· 3$/);
    expect(await legend.locator('li[data-platform="Bluesky2"]').textContent()).toMatch(/· 3$/);

    await page.getByText(/^Show the \d+ plotted figures as a table$/).click();
    // By hand from the fixture: "1,200,000", 1.5M, "1 800 000"; 350k, (blank), 410000, 2.25M; "-" gives no row.
    expect(await adoptionRows(page, 'Threads2')).toEqual([
      ['Threads2', '31 Jan 2024', '1,200,000', 'MAU', 'company', 'Threads2'],
      ['Threads2', '29 Feb 2024', '1,500,000', 'MAU', 'company', 'Threads2'],
      ['Threads2', '31 Mar 2024', '1,800,000', 'MAU', 'company', 'Threads2'],
    ]);
    expect(await adoptionRows(page, 'Bluesky2')).toEqual([
      ['Bluesky2', '31 Jan 2024', '350,000', 'MAU', 'company', 'Bluesky2'],
      ['Bluesky2', '31 Mar 2024', '410,000', 'MAU', 'company', 'Bluesky2'],
      ['Bluesky2', '30 Jun 2024', '2,250,000', 'MAU', 'company', 'Bluesky2'],
    ]);
  });

  it('a malformed wide file: each bad cell at its line and column, then the valid rows only', async () => {
    const { page } = app;
    await goToSection(page, 'Data');
    await page
      .getByLabel('Import CSV', { exact: true })
      .setInputFiles(
        csvFile(
          'wide-bad-dau.csv',
          fixture('adoption-wide-bad.csv').replaceAll('Threads2', 'Threads3').replaceAll('Bluesky2', 'Bluesky3'),
        ),
      );
    const c = importCard(page, 'wide-bad-dau.csv');
    const metric = c.getByRole('combobox', { name: 'Metric of every value' });
    expect(await metric.inputValue()).toBe('DAU');
    expect(await c.getByText("Taken from the file's name.").count()).toBe(1);
    await metric.selectOption({ label: "mDAU (Twitter's monetisable DAU)" });
    await c.getByRole('button', { name: 'Import', exact: true }).click();
    const problems = c.getByRole('table', { name: 'Problems' }).getByRole('row');
    await expect.poll(() => problems.count(), { timeout: 30_000 }).toBe(4);
    const cells = (await rowTexts(problems, 2)).slice(1);
    expect(cells).toEqual([
      ['3', 'Threads3'],
      ['4', 'month'],
      ['5', 'Bluesky3'],
    ]);
    await c.getByRole('button', { name: 'Import 4 valid rows' }).click();
    await expect
      .poll(() => c.getByRole('status').textContent(), { timeout: 30_000 })
      .toMatch(/^Imported 4 rows as Adoption figures/);
    expect(
      await c
        .getByText("Every value is read as mDAU (Twitter's monetisable DAU): as chosen before the import.")
        .count(),
    ).toBe(1);
  });

  it('a semicolon export with decimal commas: the card says which mark and why, and the values arrive as written', async () => {
    const { page } = app;
    await goToSection(page, 'Data');
    const text = fixture('adoption-wide-decimal-comma.csv')
      .replaceAll('Threads3', 'ThreadsEU')
      .replaceAll('Bluesky3', 'BlueskyEU');
    await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile('eu-wide.csv', text));
    const c = importCard(page, 'eu-wide.csv');
    await c.getByRole('button', { name: 'Import', exact: true }).waitFor();
    expect(await c.getByRole('note', { name: 'Decimal mark' }).textContent()).toBe(
      'Numbers are read with a decimal comma (1,5 = 1.5): values such as “1.234,5” show it. If that is wrong, change “Decimal separator”.',
    );
    expect(await c.getByRole('combobox', { name: 'Decimal separator' }).inputValue()).toBe(',');
    await c.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => c.getByRole('status').textContent(), { timeout: 30_000 })
      .toMatch(/^Imported 7 rows as Adoption figures/);

    await goToSection(page, 'Adoption');
    const table = page.getByRole('table', { name: 'Plotted figures' });
    if (!(await table.isVisible())) await page.getByText(/^Show the \d+ plotted figures as a table$/).click();
    // By hand: "1,5M" = 1,500,000 and "2.000.000" = 2,000,000 (the decimal comma file's digit groups).
    const rows = await adoptionRows(page, 'ThreadsEU');
    expect(rows).toHaveLength(4);
    expect(rows).toContainEqual(['ThreadsEU', '31 Jan 2024', '1,500,000', 'MAU', 'company', 'ThreadsEU']);
    expect(rows).toContainEqual(['ThreadsEU', '31 Mar 2024', '2,000,000', 'MAU', 'company', 'ThreadsEU']);
    expect(app.errors).toEqual([]);
  });
});
