import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from '../support/browser';

const PANELS = ['Retention curves', 'Cohort heatmap', 'Month-one churn', 'Month-one churn by definition'];
/** A reported cohort table for a platform of its own: no modelled row in it. */
const REPORTED = [
  'platform,region,cohort_start,day_offset,cohort_size,retained,kind,source',
  ...[0, 1, 7, 30, 35].map((d) => `Pixelfed,US,2024-01-01,${d},100,${d === 0 ? 100 : 40 - d},reported,own count`),
].join('\n');

const badges = (page: Page, title: string) =>
  page.getByRole('region', { name: title, exact: true }).getByText('Modelled', { exact: true }).count();

describe.skipIf(NO_BROWSER)("The retention panels' Modelled badge follows the rows' kind", () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=retention');
    await waitForPanels(app.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows Modelled on every panel with the bundled data, and says X is an assumption', async () => {
    for (const title of PANELS) expect(await badges(app.page, title), title).toBe(1);
    const curves = app.page.getByRole('region', { name: 'Retention curves', exact: true });
    expect(await curves.textContent()).toContain(
      "X's cohort sizes are an assumption: they follow X's own unaudited claim",
    );
  });

  it('shows no badge when only an imported, reported platform is selected', async () => {
    const { page } = app;
    await page.goto(new URL('/?section=data', app.baseUrl).toString());
    await waitForPanels(page);
    await page
      .getByLabel('Import CSV', { exact: true })
      .setInputFiles({ name: 'pixelfed-cohorts.csv', mimeType: 'text/csv', buffer: Buffer.from(`${REPORTED}\n`) });
    await expect
      .poll(
        () => page.getByRole('article', { name: 'Import of pixelfed-cohorts.csv' }).getByRole('status').textContent(),
        { timeout: 60_000 },
      )
      .toMatch(/Imported 5 rows/);
    await page.goto(new URL('/?section=retention&rplat=Pixelfed&rhplat=Pixelfed', app.baseUrl).toString());
    await waitForPanels(page);
    expect(await page.getByRole('region', { name: 'Retention curves', exact: true }).getAttribute('data-state')).toBe(
      'ready',
    );
    // The curves and the heatmap show the selected platform alone: nothing modelled in view.
    for (const title of ['Retention curves', 'Cohort heatmap']) expect(await badges(page, title), title).toBe(0);
    // The churn tables list every platform whatever the selection, the bundled (modelled) ones too.
    for (const title of ['Month-one churn', 'Month-one churn by definition'])
      expect(await badges(page, title), title).toBe(1);
    expect(app.errors).toEqual([]);
  });
});
