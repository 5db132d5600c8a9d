import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';

const panel = (page: Page) => page.getByRole('region', { name: 'Launch projection' });
const yearSignups = (page: Page) =>
  panel(page).getByRole('table', { name: 'Projected figures' }).locator('tr[data-day="365"] td[data-field="signups"]').textContent();

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Launch projection in a real browser', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=projection');
    await waitForPanels(app.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the Threads EU projection with a band and the expectations', async () => {
    const { page } = app;
    expect(await panel(page).getAttribute('data-state')).toBe('ready');
    expect(await page.getByRole('combobox', { name: 'Target region' }).inputValue()).toBe('EU-27');
    const chart = panel(page).getByRole('figure', { name: 'Launch projection chart' });
    // Two bands (signups, actives), each a filled area path, and band width on most days.
    expect(await chart.locator('.projection-band path.recharts-area-area').count()).toBe(2);
    expect(Number(await chart.getAttribute('data-band-days'))).toBeGreaterThan(300);
    const text = await chart.locator('svg text').allTextContents();
    expect(text.join(' ')).toMatch(/~40M expected/);
    expect(text.join(' ')).toMatch(/~25\.9M expected/);
    expect(await yearSignups(page)).toBe('25.9M');
    expect(await panel(page).getByLabel('Backtest error').textContent()).toMatch(/^MAPE \d+(\.\d)?% over \d+ reported figures/);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('changes the displayed 365-day figure when the addressable population changes', async () => {
    const { page } = app;
    const before = await yearSignups(page);
    await page.getByRole('spinbutton', { name: 'Addressable population (millions)' }).fill('224');
    await expect.poll(() => yearSignups(page)).not.toBe(before);
    // Half the population, half the market: 224M × 5.78% ≈ 12.9M.
    expect(await yearSignups(page)).toBe('12.9M');
    expect(page.url()).toContain('ppop=224');
  });
});
