import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    it(`never overlap each other nor leave the chart at ${width} px, and every event keeps a label or a named marker`, async () => {
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
      const markers = await chart.locator('circle.event-marker title').allTextContents();
      const lines = await chart.locator('.recharts-reference-line').count();
      expect(lines).toBeGreaterThan(3);
      // One label or one marker per event line.
      expect(labels.length + markers.length).toBe(lines);
      expect(labels.length).toBeGreaterThan(0);
      for (const a of labels) {
        expect(a.left, a.text).toBeGreaterThanOrEqual(surface.x - 0.5);
        expect(a.right, a.text).toBeLessThanOrEqual(surface.x + surface.width + 0.5);
        for (const b of labels) {
          if (a === b) continue;
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `${a.text} overlaps ${b.text}`).toBe(true);
        }
      }
      expect(app.errors).toEqual([]);
      await page.context().close();
    }, 240_000);
  }
});
