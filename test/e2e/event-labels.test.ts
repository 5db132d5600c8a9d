import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowTexts } from './support/app-actions';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels } from './support/browser';

interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Adoption event labels', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [1280, 390]) {
    it(`never overlap each other, the data nor leave the chart at ${width} px, and every event keeps a label or a named marker`, async () => {
      // Registered accounts, every region: the view with the most launch events on screen.
      const app = await openApp(browser, '/?metric=registered', { width, height: 900 });
      const { page } = app;
      await waitForPanels(page, 120_000);
      const chart = page.getByRole('figure', { name: 'Users over time chart' });
      const surface = (await chart.locator('svg.recharts-surface').boundingBox())!;
      const labels: Box[] = await chart.locator('text.event-label').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
      const markers = await chart
        .locator('.event-marker')
        .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
      const boxesOf = (selector: string) =>
        chart.locator(selector).evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { text: '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          }),
        );
      const [plot] = await boxesOf('.recharts-cartesian-grid');
      const dots = await boxesOf('.recharts-scatter-symbol');
      expect(dots.length).toBeGreaterThan(10);
      const lines = await chart.locator('.recharts-reference-line').count();
      expect(lines).toBeGreaterThan(3);
      // One label or one marker per event line.
      expect(labels.length + markers.length).toBe(lines);
      expect(labels.length).toBeGreaterThan(0);
      const apart = (a: Box, b: Box) =>
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      for (const a of labels) {
        // In the band above the plot: no label covers a series' point or line.
        expect(a.bottom, a.text).toBeLessThanOrEqual(plot!.top + 0.5);
        for (const dot of dots) expect(apart(a, dot), `${a.text} covers a data point`).toBe(true);
        expect(a.top, a.text).toBeGreaterThanOrEqual(surface.y - 0.5);
        expect(a.left, a.text).toBeGreaterThanOrEqual(surface.x - 0.5);
        expect(a.right, a.text).toBeLessThanOrEqual(surface.x + surface.width + 0.5);
        for (const b of labels) {
          if (a === b) continue;
          expect(apart(a, b), `${a.text} overlaps ${b.text}`).toBe(true);
        }
      }
      expect(app.errors).toEqual([]);
      await page.context().close();
    }, 240_000);
  }

  it('thinned to a marker, an event is reached by Tab and by a tap, named by its label and date, shows its label, and is in the table of events', async () => {
    // Registered accounts at 390 px: Bluesky's public opening (6 Feb 2024) is thinned to a marker.
    const app = await openApp(browser, '/?metric=registered', { width: 390, height: 900 });
    const { page } = app;
    await waitForPanels(page, 120_000);
    const chart = page.getByRole('figure', { name: 'Users over time chart' });
    const name = 'Bluesky opens to public, 6 Feb 2024';
    const marker = chart.getByRole('button', { name });
    expect(await marker.count()).toBe(1);
    const callout = () =>
      chart
        .locator('.event-callout tspan')
        .allTextContents()
        .then((lines) => lines.join(', '));
    expect(await callout()).toBe('');

    // Keyboard: from the chart, Tab walks the markers left to right (the focusable things after the plot).
    const names = await chart
      .locator('.event-marker')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    const at = names.indexOf(name);
    expect(at).toBeGreaterThanOrEqual(0);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await chart.locator('svg.recharts-surface').focus();
    for (const expected of names.slice(0, at + 1)) {
      await page.keyboard.press('Tab');
      expect(await focused()).toBe(expected);
    }
    expect(await callout()).toBe(name);
    expect(await chart.locator('.event-callout').isVisible()).toBe(true);
    // The label is drawn inside the chart, not cut off at its edges.
    const surface = (await chart.locator('svg.recharts-surface').boundingBox())!;
    const box = (await chart.locator('.event-callout rect').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(surface.x - 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(surface.x + surface.width + 0.5);
    await page.keyboard.press('Escape');
    expect(await callout()).toBe('');
    // Back to the marker before it, which shows its own label, or to the plot.
    await page.keyboard.press('Shift+Tab');
    expect(await callout()).toBe(at > 0 ? names[at - 1] : '');

    // Touch: a real tap (touchStart/touchEnd, as a phone sends them) shows it; a tap elsewhere hides it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const tap = async (x: number, y: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await marker.scrollIntoViewIfNeeded();
    const dot = (await marker.boundingBox())!;
    await tap(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await expect.poll(callout).toBe(name);
    const caption = (await chart.locator('figcaption').boundingBox())!;
    await tap(caption.x + 10, caption.y + caption.height / 2);
    await expect.poll(callout).toBe('');

    // The chart's table alternative lists every event drawn, the thinned one included.
    await page.getByText(/^Show the \d+ events on the chart as a table$/).click();
    const events = page.getByRole('table', { name: 'Events on the chart' });
    const row = events
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Bluesky opens to public' }) });
    expect(await rowTexts(row)).toEqual([
      [
        '6 Feb 2024',
        'Bluesky opens to public',
        'Bluesky',
        'Bloomberg 2024-02-06; TechCrunch via Dexerto; Know Your Meme; CNET',
      ],
    ]);
    expect(await events.getByRole('row').count()).toBe((await chart.locator('.recharts-reference-line').count()) + 1);
    expect(app.errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
