import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from '../support/browser';
import { cohortShareRange } from './bundled-reference';

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Cohort variation of the retention curves, in a real browser', () => {
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

  it('draws one variation band per platform, apart from the fit bands', async () => {
    const chart = app.page.getByRole('figure', { name: 'Retention curves chart' });
    await expect.poll(() => chart.locator('.retention-variation path.recharts-area-area').count()).toBe(4);
    expect(await chart.locator('.retention-band path.recharts-area-area').count()).toBe(4);
    expect(await app.page.getByRole('region', { name: 'Retention curves', exact: true }).innerText()).toContain(
      'cohort-to-cohort variation',
    );
  });

  it('exports the band, which lies between the lowest and highest single cohort of retention.csv', async () => {
    const { page } = app;
    const curves = page.getByRole('region', { name: 'Retention curves', exact: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      curves.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const rows = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    for (const platform of ['Threads', 'X', 'Bluesky', 'Mastodon']) {
      const band = rows.find((r) => r[0] === platform && r[1] === 'cohort variation' && r[2] === '30');
      expect(band?.[6]).toBe('bootstrap over cohorts');
      const [rate, low, high] = [Number(band?.[3]), Number(band?.[4]), Number(band?.[5])];
      const observed = rows.find((r) => r[0] === platform && r[1] === 'observed' && r[2] === '30');
      // The band is around the line it belongs to.
      expect(rate).toBe(Number(observed?.[3]));
      expect(low).toBeLessThanOrEqual(rate);
      expect(high).toBeGreaterThanOrEqual(rate);
      // A pool of cohorts can never retain less than its worst cohort or more than its best.
      const range = cohortShareRange(platform, 30);
      expect(low).toBeGreaterThanOrEqual(range.min - 1e-12);
      expect(high).toBeLessThanOrEqual(range.max + 1e-12);
    }
    expect(app.errors).toEqual([]);
  });
});
