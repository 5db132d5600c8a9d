import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';
import { goToSection, importCard, rowTexts } from './support/app-actions';

/** A fixture as the tool wrote it, byte for byte (CRLF line ends kept), as a user would pick it. */
const fixtureFile = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'imports', name)),
});

/** Import a fixture through "Import CSV" with one click on Import; returns the card's final status. */
async function importFixture(
  page: Page,
  name: string,
  recognised: RegExp,
  rows: number,
  mode: 'nday' | 'unbounded' = 'nday',
): Promise<void> {
  await goToSection(page, 'Data');
  await page.getByLabel('Import CSV', { exact: true }).setInputFiles(fixtureFile(name));
  const c = importCard(page, name);
  await c.getByRole('button', { name: 'Import', exact: true }).waitFor();
  expect(await c.getByRole('status').textContent()).toMatch(recognised);
  expect(await c.getByRole('combobox', { name: 'Retention mode' }).inputValue()).toBe(mode);
  await c.getByRole('button', { name: 'Import', exact: true }).click();
  try {
    await expect
      .poll(() => c.getByRole('status').textContent({ timeout: 5_000 }), { timeout: 60_000 })
      .toMatch(new RegExp(`^Imported ${rows} rows as Cohort retention`));
  } catch (error) {
    // Say what the card shows instead (problems, a question), not only that the status never came.
    throw new Error(`${name} did not import; the card says: ${await c.innerText()}`, { cause: error });
  }
}

/** The heatmap of one platform as the user reads it: per row, its label, users and cell texts ('' for hatched). */
async function heatmapRows(page: Page, platform: string, grain: 'week' | 'month', periods: number) {
  await page.getByRole('combobox', { name: 'Heatmap platform' }).selectOption(platform);
  await page.getByRole('combobox', { name: 'Cohort grain' }).selectOption(grain);
  const table = page.getByRole('table', { name: `Cohort heatmap of ${platform}` });
  await table.waitFor();
  await waitForPanels(page);
  return table.locator('tbody tr').evaluateAll(
    (trs, n) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('th,td')].map((c) =>
          c.getAttribute('data-observable') === 'false' ? '' : (c.textContent ?? ''),
        );
        return cells.slice(0, 2 + n);
      }),
    periods,
  );
}

/** The churn cell of a platform's row in the Month-one churn table ('' when not observable). */
const churnOf = (page: Page, platform: string) =>
  page
    .getByRole('table', { name: 'Month-one churn', exact: true })
    .locator(`tbody tr[data-platform="${platform}"] td[data-churn]`)
    .getAttribute('data-churn');

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Importing retention exports from analytics tools: one click each', () => {
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

  it('each export is recognised, imports with one click, and its numbers are in the heatmap and churn table', async () => {
    const { page } = app;
    await importFixture(page, 'posthog-retention-weekly.csv', /^Recognised as a PostHog retention export/, 15);
    await importFixture(page, 'mixpanel-retention-daily.csv', /^Recognised as a Mixpanel retention export/, 26);
    await importFixture(page, 'generic-retention-cohorts.csv', /^Recognised as a wide cohort retention table/, 14);
    await importFixture(
      page,
      'amplitude-retention-daily.csv',
      /^Recognised as an Amplitude retention export/,
      26,
      'unbounded',
    );

    await goToSection(page, 'Retention');
    // PostHog's Sunday cohorts fall in the weeks of the Mondays before them; the empty cohort has no row.
    // 54/120 = 45%, 41/120 = 34%, 35/120 = 29%, 30/120 = 25%; 30/80 = 37.5% → 38, 22/80 = 27.5% → 28, 19/80 → 24; 21/50 = 42%.
    expect(await heatmapRows(page, 'posthog-retention-weekly', 'week', 5)).toEqual([
      ['Week of 26 Feb 2024', '120', '100', '45', '34', '29', '25'],
      ['Week of 4 Mar 2024', '80', '100', '38', '28', '24', ''],
      ['Week of 18 Mar 2024', '50', '100', '42', '', '', ''],
      // Below the heatmap's default small-cohort threshold (50 users): flagged.
      ['Week of 25 Mar 2024 (small)', '40', '100', '', '', '', ''],
    ]);
    // Mixpanel's four daily cohorts share one week (1,250 + 800 + 1,000 + 400 users); only the first has day 7.
    // Its signups stop on Saturday 4 May, before the week ends: the cohort is marked partial.
    expect(await heatmapRows(page, 'mixpanel-retention-daily', 'week', 2)).toEqual([
      ['Week of 29 Apr 2024 (partial)', '3,450', '100', ''],
    ]);
    // By month: January's three cohorts (1,000 + 800 + 500); month 1 = day 30, which the 15 Jan cohort lacks.
    // Three weekly blocks end on 21 Jan: a partial January.
    expect(await heatmapRows(page, 'generic-retention-cohorts', 'month', 2)).toEqual([
      ['Jan 2024 (partial)', '2,300', '100', ''],
    ]);

    // Amplitude's export is "On or After": its figures are in the unbounded heatmap.
    await page
      .getByRole('group', { name: 'Retention', exact: true })
      .getByRole('button', { name: 'Unbounded' })
      .click();
    // 1,204 + 980 + 1,110 + 760 = 4,054 users in the week of 3 Jun; day 7 only for the first cohort.
    // The export's date range ends on 6 Jun, a Thursday: partial.
    expect(await heatmapRows(page, 'amplitude-retention-daily', 'week', 2)).toEqual([
      ['Week of 3 Jun 2024 (partial)', '4,054', '100', ''],
    ]);

    // Launch cohorts are those in the first 7 days: the 1 Jan cohort alone, 150 of 1,000 active on day 30.
    expect(Number(await churnOf(page, 'generic-retention-cohorts'))).toBeCloseTo(0.85, 10);
    // Day 30 is not in the Mixpanel or PostHog exports: not observable, never 0.
    expect(await churnOf(page, 'mixpanel-retention-daily')).toBe('');
    expect(await churnOf(page, 'posthog-retention-weekly')).toBe('');
  });

  it('a malformed export lists each problem at its line and file column; the valid rows import, the rest stays', async () => {
    const { page } = app;
    await goToSection(page, 'Data');
    const name = 'malformed-retention-counts.csv';
    await page.getByLabel('Import CSV', { exact: true }).setInputFiles(fixtureFile(name));
    const c = importCard(page, name);
    await c.getByRole('button', { name: 'Import', exact: true }).click();
    const problems = c.getByRole('table', { name: 'Problems' }).getByRole('row');
    await expect.poll(() => problems.count(), { timeout: 60_000 }).toBe(5);
    const cells = (await rowTexts(problems, 2)).slice(1);
    // The header's "Day x", the label "someday", 250 of a 200-user cohort, "4O".
    expect(cells).toEqual([
      ['1', 'Day x'],
      ['3', 'Cohort'],
      ['4', 'Day 1'],
      ['5', 'Day 1'],
    ]);
    await c.getByRole('button', { name: 'Import 6 valid rows' }).click();
    await expect
      .poll(() => c.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/^Imported 6 rows as Cohort retention/);
    // The exports imported before are still there, figures unchanged.
    await goToSection(page, 'Retention');
    expect(Number(await churnOf(page, 'generic-retention-cohorts'))).toBeCloseTo(0.85, 10);
  });
});
