import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';
import { csvFile, goToSection, importCard, rowTexts } from './support/app-actions';

describe.skipIf(NO_BROWSER)('Importing a file that lacks columns: defaults, one click', () => {
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

  it('a date,mau file imports at once, says which defaults it applied, and its figures reach the adoption table', async () => {
    const { page } = app;
    await page
      .getByLabel('Import CSV', { exact: true })
      .setInputFiles(csvFile('pixelfed-mau.csv', 'date,mau\n2024-01-31,120000\n2024-02-29,135500'));
    const status = importCard(page, 'pixelfed-mau.csv').getByRole('status');
    await expect
      .poll(() => status.textContent(), { timeout: 20_000 })
      .toMatch(/^Imported 2 rows as Adoption figures .* reading 2 columns \(date, mau\) of the file\./);
    const applied = await importCard(page, 'pixelfed-mau.csv')
      .getByRole('list', { name: 'Defaults applied' })
      .getByRole('listitem')
      .allTextContents();
    expect(applied).toEqual([
      'platform = "pixelfed-mau" (the file\'s name)',
      'metric = "MAU" (the column "mau")',
      'measure = "MAU" (the column "mau")',
      'basis = "company" (a platform\'s own figures)',
      'value from "mau" (the column "mau" holds the figures)',
      'region = "global" (no region column)',
      'coverage = "global" (no region column)',
      'source = "imported from pixelfed-mau.csv" (the file it came from)',
      'kind = "reported" (imported figures are reported)',
    ]);

    await goToSection(page, 'Adoption');
    await page.getByText(/^Show the \d+ plotted figures as a table$/).click();
    const rows = page
      .getByRole('table', { name: 'Plotted figures' })
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'pixelfed-mau', exact: true }) });
    const cells = await rowTexts(rows);
    expect(cells.map((c) => c.slice(0, 5))).toEqual([
      ['pixelfed-mau', '31 Jan 2024', '120,000', 'MAU', 'company'],
      ['pixelfed-mau', '29 Feb 2024', '135,500', 'MAU', 'company'],
    ]);
  });

  it("a quarterly series (quarter,mau) imports in one click, each figure at its quarter's last day", async () => {
    const { page } = app;
    await goToSection(page, 'Data');
    await page
      .getByLabel('Import CSV', { exact: true })
      .setInputFiles(csvFile('acme-quarterly.csv', 'quarter,mau\n2024-Q1,40000\nQ2 2024,52500'));
    const status = importCard(page, 'acme-quarterly.csv').getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^Imported 2 rows as Adoption figures/);
    await goToSection(page, 'Adoption');
    await page.getByText(/^Show the \d+ plotted figures as a table$/).click();
    const rows = page
      .getByRole('table', { name: 'Plotted figures' })
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'acme-quarterly', exact: true }) });
    const cells = await rowTexts(rows, 4);
    expect(cells).toEqual([
      ['acme-quarterly', '31 Mar 2024', '40,000', 'MAU'],
      ['acme-quarterly', '30 Jun 2024', '52,500', 'MAU'],
    ]);
  });

  it('a column can be given one value for every row by hand, and an unreadable value is refused with its column named', async () => {
    const { page } = app;
    await goToSection(page, 'Data');
    await page
      .getByLabel('Import CSV', { exact: true })
      .setInputFiles(csvFile('figures.csv', 'date,value,comment\n2024-01-31,10,x'));
    const c = importCard(page, 'figures.csv');
    await c.getByRole('button', { name: 'Import' }).waitFor();
    expect(await c.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    expect(
      await c.getByText(/^Map a column or give one value for every required column first: metric, measure\.$/).count(),
    ).toBe(1);
    await c.getByRole('combobox', { name: 'Source for metric' }).selectOption({ label: 'One value for every row' });
    await c.getByRole('textbox', { name: 'Value for metric' }).fill('MAU');
    await c.getByRole('combobox', { name: 'Source for measure' }).selectOption({ label: 'One value for every row' });
    await c.getByRole('textbox', { name: 'Value for measure' }).fill('MAU');
    await c.getByRole('combobox', { name: 'Source for date' }).selectOption({ label: 'One value for every row' });
    await c.getByRole('textbox', { name: 'Value for date' }).fill('soon');
    await c.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => c.getByRole('alert').first().textContent())
      .toContain('The value "soon" given for every row of "date" cannot be read as DATE; change it.');
  });
});
