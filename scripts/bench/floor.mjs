/**
 * The start-up floor (scripts/bench/page/floor.ts): the least work that gives the landing
 * chart its live rows, timed like the app and the bare page, so the bench can say how near
 * the start-up targets any app could come. A cold visit reads the two files into memory;
 * a second visit reopens the two tables from an `opfs://` file, as the app keeps them.
 */
import { inFreshPage, pageResult } from './browser.mjs';

async function floorDone(page, timeout) {
  const result = await pageResult(page, '__floorResult', { timeout, label: 'start-up floor' });
  if (!(result.rows > 0)) throw new Error('start-up floor: the landing query returned no rows');
  return result.doneAt;
}

/** One cold visit of the floor page: navigation → the landing view's four queries answered. */
export async function floorFirstVisit(browser, pagesUrl, timeout) {
  return inFreshPage(browser, async ({ page }) => {
    await page.goto(new URL('floor.html', pagesUrl).toString());
    return await floorDone(page, timeout);
  });
}

/** The floor page's reload in the same profile, its tables kept in an `opfs://` file by the first load. */
export async function floorSecondVisit(browser, pagesUrl, timeout) {
  return inFreshPage(browser, async ({ page }) => {
    await page.goto(new URL('floor.html?opfs', pagesUrl).toString());
    await floorDone(page, timeout);
    await page.reload();
    return await floorDone(page, timeout);
  });
}
