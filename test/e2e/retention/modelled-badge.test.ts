import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFile, importCard } from '../support/app-actions';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from '../support/browser';

/** Panels over the cohort table, then those over the activity log (mounted once the curves are drawn). */
const COHORT_PANELS = ['Retention curves', 'Cohort heatmap', 'Month-one churn', 'Month-one churn by definition'];
const LOG_PANELS = ['Retention by day bracket', 'Lifecycle', 'Stickiness'];
const REPORTED_PLATFORMS = ['Pixelfed', 'Lemmy'];
/** A reported cohort table for two platforms of their own: no modelled row in it. */
const REPORTED_COHORTS = [
  'platform,region,cohort_start,day_offset,cohort_size,retained,kind,source',
  ...REPORTED_PLATFORMS.flatMap((p, i) =>
    [0, 1, 7, 30, 35].map((d) => `${p},US,2024-01-01,${d},100,${d === 0 ? 100 : 40 - d - i},reported,own count`),
  ),
].join('\n');
/**
 * A reported activity log in the events' own columns, without a kind column (an import is
 * someone's record of real activity): 10 users of each platform, some back on days 1, 7 and 35.
 */
const REPORTED_LOG = [
  'user_id,platform,region,signup_date,activity_date',
  ...REPORTED_PLATFORMS.flatMap((p) =>
    Array.from({ length: 10 }, (_, u) => [
      `${p}${u},${p},US,2024-01-01,2024-01-01`,
      ...(u < 6 ? [`${p}${u},${p},US,2024-01-01,2024-01-02`] : []),
      ...(u < 5 ? [`${p}${u},${p},US,2024-01-01,2024-01-08`] : []),
      ...(u < 4 ? [`${p}${u},${p},US,2024-01-01,2024-02-05`] : []),
    ]).flat(),
  ),
].join('\n');
/** A busy 2-core machine prepares the activity log slowly; this catches a hang, not slowness. */
const SLOW = 120_000;

const region = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const badges = (page: Page, title: string) => region(page, title).getByText('Modelled', { exact: true }).count();

async function importFile(page: Page, name: string, text: string, rows: number) {
  await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile(name, text));
  await expect
    .poll(() => importCard(page, name).getByRole('status').textContent(), { timeout: SLOW })
    .toMatch(new RegExp(`Imported ${rows} rows`));
}

describe.skipIf(NO_BROWSER)("The retention panels' Modelled badge follows the rows' kind", () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=retention');
    await waitForPanels(app.page, SLOW);
  }, 2 * SLOW);
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'shows Modelled on every panel with the bundled data, says X is an assumption, and explains the model in place',
    async () => {
      const { page } = app;
      for (const title of LOG_PANELS)
        await expect.poll(() => region(page, title).getAttribute('data-state'), { timeout: SLOW }).toBe('ready');
      for (const title of [...COHORT_PANELS, ...LOG_PANELS]) expect(await badges(page, title), title).toBe(1);
      const curves = region(page, 'Retention curves');
      expect(await curves.textContent()).toContain(
        "X's cohort sizes are an assumption: they follow X's own unaudited claim",
      );
      // The explanation opens in place: the targets, and data/README.md named as text, never a dead link to it.
      const details = curves.locator('details.panel-modelled-details');
      expect(await details.locator('p').first().isVisible()).toBe(false);
      await curves.getByText('What the model is calibrated to', { exact: true }).click();
      const targets = details.locator('p').first();
      expect(await targets.isVisible()).toBe(true);
      expect(await targets.textContent()).toContain("Threads' launch-week cohort keeps 21% on day 30");
      expect(await details.textContent()).toContain(
        'data/README.md (sections "Calibration targets" and "Cohort sizes"',
      );
      expect(await page.locator('a[href*="README"]').count()).toBe(0);

      // Compared to a platform, the modelled curves keep their badge, and the legend says modelled.
      await page.goto(new URL('/?section=retention&rbase=Bluesky', app.baseUrl).toString());
      await waitForPanels(page, SLOW);
      expect(await curves.getByRole('figure', { name: 'Retention curves relative to Bluesky chart' }).count()).toBe(1);
      expect(await badges(page, 'Retention curves')).toBe(1);
      expect(await curves.locator('ul.legend li').allTextContents()).toContain(
        'Bluesky (modelled) (baseline: the 0 pt line)',
      );
      expect(app.errors).toEqual([]);
    },
    4 * SLOW,
  );

  it(
    'shows no badge on any panel that shows only imported, reported platforms (cohorts and an activity log)',
    async () => {
      const { page } = app;
      await page.goto(new URL('/?section=data', app.baseUrl).toString());
      await waitForPanels(page, SLOW);
      await importFile(page, 'reported-cohorts.csv', REPORTED_COHORTS, 10);
      await importFile(page, 'reported-log.csv', REPORTED_LOG, REPORTED_LOG.split('\n').length - 1);
      const view = `rplat=Pixelfed,Lemmy&rhplat=Pixelfed&rlplat=Pixelfed&rbase=Pixelfed`;
      await page.goto(new URL(`/?section=retention&${view}`, app.baseUrl).toString());
      await waitForPanels(page, SLOW);
      for (const title of LOG_PANELS)
        await expect.poll(() => region(page, title).getAttribute('data-state'), { timeout: SLOW }).toBe('ready');
      await waitForPanels(page, SLOW);
      // Every panel that follows the selection shows the two reported platforms alone, Lemmy against Pixelfed.
      expect(
        await region(page, 'Retention curves')
          .getByRole('figure', { name: 'Retention curves relative to Pixelfed chart' })
          .count(),
      ).toBe(1);
      for (const title of ['Retention curves', 'Cohort heatmap', ...LOG_PANELS]) {
        expect(await region(page, title).getAttribute('data-state'), title).toBe('ready');
        expect(await badges(page, title), title).toBe(0);
        expect(await region(page, title).locator('.panel-modelled, details').count(), title).toBe(0);
      }
      expect(await region(page, 'Retention curves').locator('ul.legend li').allTextContents()).toEqual([
        'Lemmy',
        'Pixelfed (baseline: the 0 pt line)',
      ]);
      expect(await region(page, 'Lifecycle').locator('.legend li').first().textContent()).toBe('New');
      // The churn tables list every platform whatever the selection, the bundled (modelled) ones too.
      for (const title of ['Month-one churn', 'Month-one churn by definition'])
        expect(await badges(page, title), title).toBe(1);
      expect(app.errors).toEqual([]);
    },
    6 * SLOW,
  );
});
