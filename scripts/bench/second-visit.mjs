/**
 * The `second_visit` figure: the same browser profile opens the app a second time, with
 * its HTTP cache warm and its stored `opfs://` database holding the bundled data from the
 * first visit. Timed from the reload's navigation start to "Users over time" drawn,
 * against the bare page's reload (boot + one query, warm cache) in the same run.
 */
/* global document -- the probes below run inside the page */
import { firstChartProbe, inFreshPage, pageResult } from './browser.mjs';

/** A moment of idle after the first visit stored its data, as a user would leave between two visits. */
const SETTLE_MS = 500;

const firstChart = async (page, timeout) => (await pageResult(page, '__benchFirstChart', { timeout })).at;

/** The bundled CSVs the current page fetched (0 when the stored database had them). */
function csvFetches(page) {
  return page.evaluate(
    () => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.csv')).length,
  );
}

/** One first visit and its reload, in a fresh context: { firstMs, ms, csvFirst, csvSecond }. */
export async function appSecondVisit(browser, url, timeout) {
  return inFreshPage(browser, async ({ page }) => {
    await page.addInitScript(firstChartProbe);
    await page.goto(url);
    const firstMs = await firstChart(page, timeout);
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Engine status"]')?.getAttribute('data-phase') === 'ready',
      undefined,
      { timeout, polling: 100 },
    );
    const csvFirst = await csvFetches(page);
    // As between two real visits: the first has written what it read into the database file.
    await page.waitForFunction(() => performance.getEntriesByName('uptake:stored').length > 0, undefined, {
      timeout,
      polling: 100,
    });
    await page.waitForTimeout(SETTLE_MS);
    await page.reload();
    const ms = await firstChart(page, timeout);
    return { firstMs, ms, csvFirst, csvSecond: await csvFetches(page) };
  });
}

/** The bare page (boot + one query) loaded, then reloaded with a warm cache: the reload's time. */
export async function bareSecondVisit(browser, url, timeout) {
  return inFreshPage(browser, async ({ page }) => {
    await page.goto(url);
    await pageResult(page, '__bareResult', { timeout });
    await page.reload();
    return (await pageResult(page, '__bareResult', { timeout })).doneAt;
  });
}
