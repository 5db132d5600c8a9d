import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFile, importCard } from '../support/app-actions';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from '../support/browser';

/** A cohort table only: a platform with no activity log. */
const COHORTS_ONLY = [
  'platform,region,cohort_start,day_offset,cohort_size,retained,kind,source',
  ...[0, 1, 7, 30].map((d) => `Pixelfed,US,2024-01-01,${d},100,${d === 0 ? 100 : 40 - d},reported,own count`),
].join('\n');
/** A busy 2-core machine boots the engine and prepares the events slowly; this catches a hang, not slowness. */
const SLOW = 120_000;
const ACTIVITY_PANELS = ['Retention by day bracket', 'Lifecycle', 'Stickiness'];
/** How many times the page has started preparing the activity log (the app's performance mark). */
const preparations = (app: AppPage) =>
  app.page.evaluate(() => performance.getEntriesByName('uptake:retention:prepare-events:start').length);

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('The activity log is prepared only for a view that shows it, in a real browser', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=data');
    await waitForPanels(app.page, SLOW);
  }, 2 * SLOW);
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'a platform with cohort counts only: the curves, no preparation; a logged platform ticked: prepared once',
    async () => {
      const { page } = app;
      await page.getByLabel('Import CSV', { exact: true }).setInputFiles(csvFile('pixelfed-cohorts.csv', COHORTS_ONLY));
      await expect
        .poll(() => importCard(page, 'pixelfed-cohorts.csv').getByRole('status').textContent(), { timeout: SLOW })
        .toMatch(/Imported 4 rows/);
      // A fresh page load (the import is kept in the stored database), straight to Pixelfed's retention.
      await page.goto(new URL('/?section=retention&rplat=Pixelfed', app.baseUrl).toString());
      await waitForPanels(page, SLOW);
      const region = (title: string) => page.getByRole('region', { name: title, exact: true });
      expect(await region('Retention curves').getAttribute('data-state')).toBe('ready');
      for (const title of ACTIVITY_PANELS) {
        expect(await region(title).getAttribute('data-state'), title).toBe('empty');
        expect(await region(title).textContent(), title).toMatch(/Pixelfed has no activity log here/);
      }
      expect(await preparations(app)).toBe(0);

      const controls = page.getByRole('group', { name: 'Retention controls' });
      await controls.getByRole('checkbox', { name: 'Threads', exact: true }).check();
      await expect.poll(() => region('Lifecycle').getAttribute('data-state'), { timeout: SLOW }).toBe('ready');
      await waitForPanels(page, SLOW);
      expect(await preparations(app)).toBe(1);
      expect(app.errors).toEqual([]);
    },
    4 * SLOW,
  );
});
