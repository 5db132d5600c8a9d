import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels } from './support/browser';

const PHONE = { width: 390, height: 844 };
const SECTIONS = ['adoption', 'retention', 'projection', 'data'] as const;

/** The innermost elements reaching past the right edge of the viewport, to say what overflows when one does. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = [...document.body.querySelectorAll('*')].filter((el) => {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 0.5 || box.width === 0) return false;
      // Inside a box that scrolls or clips sideways, it does not widen the page.
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if (overflow !== 'visible') return false;
      }
      return true;
    });
    return past
      .filter((el) => !past.some((other) => other !== el && el.contains(other)))
      .slice(0, 10)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`,
      );
  });
}

/** Checkboxes whose label text does not start on the box's own line, right of it (the text wrapped under the box). */
function checkboxesApartFromText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('main label > input[type="checkbox"]')]
      .filter((box) => box.getClientRects().length > 0)
      .flatMap((box) => {
        const label = box.parentElement!;
        const text = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (!text) return [];
        const range = document.createRange();
        range.selectNodeContents(text);
        const line = [...range.getClientRects()].find((r) => r.width > 0);
        const at = box.getBoundingClientRect();
        const beside = line !== undefined && line.left >= at.right - 0.5 && line.top < at.bottom;
        return beside ? [] : [label.textContent!.trim().slice(0, 40)];
      }),
  );
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('A 390 px phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const section of SECTIONS) {
    it(`${section}: the page never scrolls sideways; wide content scrolls in its own labelled, focusable box`, async () => {
      const app = await openApp(browser, `/?section=${section}`, PHONE);
      const { page } = app;
      await waitForPanels(page, 120_000);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      // On failure, the elements that reach past the edge say what to fix.
      expect(scrollWidth > PHONE.width ? await overflowingElements(page) : []).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      // Every box that scrolls sideways is reachable by keyboard and named.
      const scrollers = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter(
            (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1,
          )
          .map((el) => ({ focusable: (el as HTMLElement).tabIndex >= 0, name: el.getAttribute('aria-label') ?? '' })),
      );
      for (const scroller of scrollers)
        expect(scroller.focusable && scroller.name !== '', JSON.stringify(scroller)).toBe(true);
      // A checkbox's text starts beside it, not on a line of its own under it.
      expect(await checkboxesApartFromText(page)).toEqual([]);
      // The tab bar: every section link can be reached (it fits or scrolls inside itself).
      const nav = page.getByRole('navigation', { name: 'Sections' });
      expect(await nav.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(PHONE.width);
      expect(app.errors).toEqual([]);
      await page.context().close();
    }, 200_000);
  }

  it('projection: a hover tooltip naming every series in full stays inside its chart', async () => {
    const app = await openApp(browser, '/?section=projection', PHONE);
    const { page } = app;
    await waitForPanels(page, 120_000);
    const figure = page.getByRole('figure', { name: 'Launch projection chart' });
    await figure.scrollIntoViewIfNeeded();
    const chart = (await figure.locator('svg.recharts-surface').first().boundingBox())!;
    for (const at of [0.3, 0.85]) {
      await page.mouse.move(chart.x + chart.width * at, chart.y + chart.height * 0.6);
      const tooltip = figure.getByRole('status').filter({ hasText: 'after the launch' });
      await tooltip.waitFor({ timeout: 10_000 });
      const box = (await tooltip.boundingBox())!;
      expect(box.x, `tooltip at ${at}`).toBeGreaterThanOrEqual(chart.x - 0.5);
      expect(box.x + box.width, `tooltip at ${at}`).toBeLessThanOrEqual(chart.x + chart.width + 0.5);
    }
    expect(app.errors).toEqual([]);
    await page.context().close();
  }, 200_000);
});
