import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';

const panel = (page: Page, name: string) => page.getByRole('region', { name });
const chart = (page: Page) => page.getByRole('figure', { name: 'Retention curves chart' });
const churnRows = (page: Page) => page.getByRole('table', { name: 'Month-one churn' }).locator('tbody tr');
const heatmapCells = (page: Page) => panel(page, 'Cohort heatmap').locator('table.heatmap tbody td[data-observable]');

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Retention view in a real browser', () => {
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

  it('draws the three panels from the bundled data, one curve per platform', async () => {
    const { page } = app;
    for (const name of ['Retention curves', 'Cohort heatmap', 'Month-one churn']) {
      expect(await panel(page, name).getAttribute('data-state')).toBe('ready');
    }
    expect(await chart(page).getAttribute('data-platforms')).toBe('4');
    expect(await chart(page).locator('.retention-observed path.recharts-curve').count()).toBe(4);
    // Fitted extrapolations are drawn dashed, one per platform.
    expect(await chart(page).locator('.retention-fit path.recharts-curve').count()).toBe(4);
    expect(await page.getByRole('table', { name: 'Fitted decay parameters' }).locator('tbody tr').count()).toBe(4);
    expect(await page.getByText('N-day retention', { exact: true }).first().isVisible()).toBe(true);
  });

  it("shows month-one churn per platform, Threads at 79% beside the reported figures", async () => {
    const { page } = app;
    expect(await churnRows(page).count()).toBe(4);
    const threads = churnRows(page).filter({ has: page.getByRole('rowheader', { name: 'Threads' }) });
    const churn = Number(await threads.locator('td[data-churn]').getAttribute('data-churn'));
    expect(churn).toBeGreaterThanOrEqual(0.77);
    expect(churn).toBeLessThanOrEqual(0.81);
    const text = await threads.innerText();
    expect(text).toContain('Sensor Tower');
    expect(text).toContain('Similarweb');
    expect(text).toContain('not cohort churn');
  });

  it('marks the not-yet-observable corner of the heatmap instead of drawing 0', async () => {
    const { page } = app;
    const unobserved = heatmapCells(page).and(page.locator('[data-observable="false"]'));
    expect(await unobserved.count()).toBeGreaterThan(50);
    expect((await unobserved.allInnerTexts()).every((t) => t.trim() === '' || t.includes('not yet observable'))).toBe(true);
  });

  it('switches to unbounded retention and keeps it in the URL', async () => {
    const { page } = app;
    const before = await heatmapCells(page).nth(1).innerText();
    await page.getByRole('button', { name: 'Unbounded' }).click();
    await waitForPanels(page);
    await expect.poll(() => heatmapCells(page).nth(1).innerText()).not.toBe(before);
    expect(Number(await heatmapCells(page).nth(1).innerText())).toBeGreaterThan(Number(before));
    expect(await page.getByRole('button', { name: 'Unbounded' }).getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toContain('rmode=unbounded');
  });

  it('filters platforms and switches to monthly cohorts', async () => {
    const { page } = app;
    await page.getByRole('checkbox', { name: 'X', exact: true }).uncheck();
    await waitForPanels(page);
    await expect.poll(() => chart(page).getAttribute('data-platforms')).toBe('3');
    expect(page.url()).toContain('rplat=');
    await page.getByRole('combobox', { name: 'Cohort grain' }).selectOption('month');
    await waitForPanels(page);
    await expect.poll(() => panel(page, 'Cohort heatmap').locator('table.heatmap').getAttribute('data-columns')).toBe('13');
    expect(page.url()).toContain('rgrain=month');
  });

  it('computes the same views from the raw events log', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Data source' }).selectOption('events');
    await waitForPanels(page);
    expect(page.url()).toContain('rsrc=events');
    expect(await panel(page, 'Retention curves').getAttribute('data-state')).toBe('ready');
    expect(await churnRows(page).count()).toBe(4);
    expect(await page.getByRole('table', { name: 'Month-one churn' }).innerText()).toContain('raw events');
  });

  it('reopens the same view from a copied link, without errors or foreign requests', async () => {
    const copy = await openApp(browser, new URL(app.page.url()).search);
    await waitForPanels(copy.page);
    expect(await copy.page.getByRole('button', { name: 'Unbounded' }).getAttribute('aria-pressed')).toBe('true');
    expect(await copy.page.getByRole('combobox', { name: 'Data source' }).inputValue()).toBe('events');
    expect(await copy.page.getByRole('checkbox', { name: 'X', exact: true }).isChecked()).toBe(false);
    expect(await chart(copy.page).getAttribute('data-platforms')).toBe('3');
    expect([...app.errors, ...copy.errors]).toEqual([]);
    expect([...app.foreignRequests, ...copy.foreignRequests]).toEqual([]);
  });
});
