import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels } from './support/browser';

const adoption = (page: Page) => page.getByRole('region', { name: 'Users over time' });

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    adoption(page).getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Exports that stand alone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names files by what they hold and captions the image with title, legend, settings and sources', async () => {
    const app = await openApp(browser, '/?metric=MAU&region=global&scale=log');
    const { page } = app;
    await waitForPanels(page, 120_000);
    expect((await download(page, 'Export CSV')).name).toBe('uptake-users-over-time-mau-global.csv');
    const svg = await download(page, 'Export SVG');
    expect(svg.name).toBe('uptake-users-over-time-mau-global.svg');
    const text = readFileSync(svg.path, 'utf8');
    const legend = await adoption(page)
      .getByRole('list', { name: 'Platforms' })
      .locator('li[data-series]')
      .allTextContents();
    expect(legend.length).toBeGreaterThan(0);
    // The title, every legend entry, the settings line (the chart's caption) and the sources, as text in the image.
    expect(text).toMatch(/<text[^>]*>Users over time<\/text>/);
    for (const entry of legend) expect(text).toContain(`>${entry.trim().replace(/&/g, '&amp;')}</text>`);
    expect(text).toMatch(/<text[^>]*>[^<]*log scale/);
    expect(text).toMatch(/<text[^>]*>Sources: /);
    // The chart itself is nested below the title, and the image is taller than the chart.
    const outer = /<svg[^>]*height="(\d+)"/.exec(text);
    const chartBox = await adoption(page)
      .getByRole('figure', { name: 'Users over time chart' })
      .locator('svg.recharts-surface')
      .boundingBox();
    expect(Number(outer?.[1])).toBeGreaterThan((chartBox?.height ?? 0) + 40);
    expect(app.errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('disables the export buttons of an empty view and says why', async () => {
    // Brazil has launch events but no user figures.
    const app = await openApp(browser, '/?region=Brazil');
    const { page } = app;
    await waitForPanels(page, 120_000);
    for (const name of ['Export CSV', 'Export PNG', 'Export SVG']) {
      const button = adoption(page).getByRole('button', { name });
      expect(await button.isDisabled()).toBe(true);
      expect(await button.getAttribute('aria-describedby')).not.toBeNull();
    }
    expect(await adoption(page).getByText('Nothing to export: no figures in this view.').isVisible()).toBe(true);
    expect(app.errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
