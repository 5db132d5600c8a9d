import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowTexts } from './support/app-actions';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';

const chart = (page: Page) => page.getByRole('figure', { name: 'Users over time chart' });
const linePaths = (page: Page) => chart(page).locator('.recharts-scatter-line path, path.recharts-scatter-line');
/** The legend's lines (grouped under their platform: the group items are not lines). */
const legendItems = (page: Page) => page.getByRole('list', { name: 'Platforms' }).locator('li[data-series]');

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Adoption view in a real browser', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/');
    await waitForPanels(app.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('boots the engine and draws one line per platform, four in all', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('status', { name: 'Engine status' }).textContent()).toContain('ready');
    const platforms = await legendItems(page).evaluateAll((items) => [
      ...new Set(items.map((i) => i.getAttribute('data-platform'))),
    ]);
    expect(platforms).toEqual(['Threads', 'X', 'Bluesky', 'Mastodon']);
    expect(await chart(page).getAttribute('data-platforms')).toBe('4');
    // One drawn path per series (platform × company/estimate basis).
    expect(await linePaths(page).count()).toBe(await legendItems(page).count());
  });

  it('changes what is drawn when the metric changes', async () => {
    const { page } = app;
    const before = await chart(page).getAttribute('data-points');
    await page.getByRole('combobox', { name: 'Metric' }).selectOption('registered');
    await waitForPanels(page);
    await expect.poll(() => chart(page).getAttribute('data-platforms')).toBe('3');
    expect(await chart(page).getAttribute('data-points')).not.toBe(before);
    expect(page.url()).toContain('metric=registered');
  });

  it('switches to a log scale', async () => {
    const { page } = app;
    const ticks = () =>
      chart(page).locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
    const linear = await ticks();
    await page.getByRole('button', { name: 'Log' }).click();
    await expect.poll(ticks).not.toEqual(linear);
    expect(await page.getByRole('button', { name: 'Log' }).getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toContain('scale=log');
  });

  it('aligns platforms on their launch day', async () => {
    const { page } = app;
    await page.getByRole('checkbox', { name: /Align on launch/ }).check();
    await expect.poll(() => chart(page).locator('.recharts-xAxis-tick-labels').textContent()).toContain('day');
    await expect.poll(() => chart(page).textContent()).toContain('Days since launch');
    expect(page.url()).toContain('aligned=1');
  });

  it('keeps one counter per platform when asked: its own figures over third-party estimates', async () => {
    const { page } = app;
    const mastodon = () => legendItems(page).and(page.locator('[data-platform="Mastodon"]'));
    const before = await mastodon().allTextContents();
    expect(before.some((t) => t.includes('third-party estimate'))).toBe(true);
    await page.getByRole('checkbox', { name: /One counter per platform/ }).check();
    await expect.poll(async () => (await mastodon().allTextContents()).length).toBeLessThan(before.length);
    const after = await mastodon().allTextContents();
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((t) => t.includes('third-party estimate'))).toBe(false);
    expect(page.url()).toContain('onevendor=1');
    await page.getByRole('checkbox', { name: /One counter per platform/ }).uncheck();
    await expect.poll(async () => (await mastodon().allTextContents()).length).toBe(before.length);
  });

  it('shows value, date, metric kind and source in the tooltip', async () => {
    const { page } = app;
    await page.goto(new URL('/?metric=MAU', app.baseUrl).toString());
    await waitForPanels(page);
    const dot = chart(page).locator('.recharts-scatter-symbol').first();
    await dot.hover({ force: true });
    const tooltip = page.locator('.tooltip');
    await expect.poll(() => tooltip.textContent()).toMatch(/Source: /);
    expect(await tooltip.textContent()).toMatch(/company figure|third-party estimate/);
  });

  it('names the platforms a region or a metric leaves out, and why; legend and table show the same', async () => {
    const { page } = app;
    await page.goto(new URL('/?metric=MAU&region=EU-27', app.baseUrl).toString());
    await waitForPanels(page);
    const note = page.getByRole('status', { name: 'Platforms not drawn' });
    const why = 'Threads, Bluesky, and Mastodon have no figures for EU-27.';
    await expect.poll(() => note.textContent()).toBe(why);
    const drawn = () => legendItems(page).evaluateAll((items) => [...new Set(items.map((i) => i.dataset.platform))]);
    expect(await drawn()).toEqual(['X']);
    await page.getByText(/^Show the \d+ plotted figures as a table$/).click();
    const table = page.getByRole('table', { name: 'Plotted figures' });
    expect(await table.locator('caption').textContent()).toBe(`Not drawn: ${why}`);
    const platforms = await rowTexts(table.locator('tbody tr'), 1);
    expect(platforms.length).toBeGreaterThan(0);
    expect(new Set(platforms.flat())).toEqual(new Set(['X']));
    // The chart's caption says it too, so an exported image does.
    expect(await chart(page).locator('figcaption').textContent()).toContain(`Not drawn: ${why}`);

    // A metric that one platform never reports: named, with the metrics it has instead.
    await page.getByRole('combobox', { name: 'Region' }).selectOption('global');
    await page.getByRole('combobox', { name: 'Metric' }).selectOption('registered');
    await waitForPanels(page);
    await expect
      .poll(() => note.textContent())
      .toBe('X has no registered accounts figures for global, only MAU, DAU, and mDAU.');
    expect(await drawn()).toEqual(['Threads', 'Bluesky', 'Mastodon']);

    // Every platform drawn: no note.
    await page.getByRole('combobox', { name: 'Metric' }).selectOption('MAU');
    await waitForPanels(page);
    await expect.poll(() => note.count()).toBe(0);
    expect(await drawn()).toEqual(['Threads', 'X', 'Bluesky', 'Mastodon']);
  });

  it('names data a copied link refers to that this browser has not loaded', async () => {
    const { page } = app;
    await page.goto(new URL('/?section=retention&rplat=Threads,Pixelfed', app.baseUrl).toString());
    const notice = page
      .getByRole('status', { name: 'About this link' })
      .filter({ hasText: 'not loaded in this browser' });
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toContain('“Pixelfed”');
    expect(await notice.textContent()).not.toContain('Threads');
  });

  it('logs no console error and makes no request outside its origin', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
