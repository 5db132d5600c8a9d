import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';

const notice = (page: Page) => page.getByRole('status', { name: 'About this link' });
const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const section = (page: Page, name: string) => page.getByRole('main', { name });
const curves = (page: Page) => page.getByRole('figure', { name: 'Retention curves chart' });
const RETENTION_PANELS = ['Retention curves', 'Cohort heatmap', 'Month-one churn'];
const LOADED_PLATFORMS = ['Threads', 'X', 'Bluesky', 'Mastodon'];

async function open(app: AppPage, path: string): Promise<void> {
  await app.page.goto(new URL(path, app.baseUrl).toString());
  await waitForPanels(app.page);
}

/** Every retention panel is ready and the curves show every loaded platform, each ticked. */
async function expectWorkingRetention(page: Page): Promise<void> {
  expect(await section(page, 'Retention').count()).toBe(1);
  for (const name of RETENTION_PANELS) expect(await panel(page, name).getAttribute('data-state')).toBe('ready');
  expect(await curves(page).getAttribute('data-platforms')).toBe(String(LOADED_PLATFORMS.length));
  for (const name of LOADED_PLATFORMS)
    expect(await page.getByRole('checkbox', { name, exact: true }).isChecked()).toBe(true);
  expect(await page.getByText('URI malformed').count()).toBe(0);
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Links in a real browser', () => {
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

  it('opens a working Retention section from a link with a percent sign in a platform list, and says what it skipped', async () => {
    const { page } = app;
    await open(app, '/?section=retention&rplat=100%25');
    await expect.poll(() => notice(page).textContent(), { timeout: 60_000 }).toContain('not loaded in this browser');
    expect(await notice(page).textContent()).toContain('platform “100%”');
    await waitForPanels(page);
    await expectWorkingRetention(page);
    expect(await page.title()).toBe('Retention — Uptake');
  });

  it('shows the loaded platforms when a link names only platforms that are not loaded', async () => {
    const { page } = app;
    await open(app, `/?section=retention&rplat=${encodeURIComponent('Pixelfed,Friendica')}`);
    await expect.poll(() => notice(page).textContent(), { timeout: 60_000 }).toContain('“Pixelfed”, “Friendica”');
    await waitForPanels(page);
    await expectWorkingRetention(page);
    for (const name of LOADED_PLATFORMS) expect(await notice(page).textContent()).not.toContain(`“${name}”`);
  });

  it('opens hand-mangled links with defaults in place of what it cannot read', async () => {
    const { page } = app;
    await open(app, '/?section=retention&rmax=abc&rfit=maybe&rplat=%E0%A4%A');
    await expect.poll(() => notice(page).textContent(), { timeout: 60_000 }).toContain('Days shown (rmax=“abc”)');
    expect(await notice(page).textContent()).toContain('Fit and extrapolate (rfit=“maybe”)');
    await waitForPanels(page);
    await expectWorkingRetention(page);
    expect(await page.getByRole('combobox', { name: 'Days shown' }).inputValue()).toBe('90');

    await open(app, '/?section=nowhere&metric=%25&region=%E0%A4%A');
    await expect.poll(() => notice(page).textContent(), { timeout: 60_000 }).toContain('Section (section=“nowhere”)');
    expect(await notice(page).textContent()).toContain('Metric (metric=“%”)');
    await waitForPanels(page);
    expect(await section(page, 'Adoption').count()).toBe(1);
    expect(await panel(page, 'Users over time').getAttribute('data-state')).toBe('ready');
  });

  it('shows no notice for a link it can use whole', async () => {
    const { page } = app;
    await open(app, '/?section=retention&rplat=Threads&rmax=30');
    await expect.poll(() => curves(page).getAttribute('data-platforms')).toBe('1');
    expect(await notice(page).count()).toBe(0);
  });

  it('makes a change of section a history entry, so Back and Forward move between sections with their controls', async () => {
    const { page } = app;
    await open(app, '/');
    expect(await page.title()).toBe('Adoption — Uptake');
    const nav = page.getByRole('navigation', { name: 'Sections' });

    await nav.getByRole('link', { name: 'Retention' }).click();
    await waitForPanels(page);
    expect(await page.title()).toBe('Retention — Uptake');
    // A control change replaces the entry: Back from here goes to Adoption, not to day 90.
    await page.getByRole('combobox', { name: 'Days shown' }).selectOption('30');
    await expect.poll(() => new URL(page.url()).searchParams.get('rmax')).toBe('30');

    await nav.getByRole('link', { name: 'Projection' }).click();
    await expect.poll(() => section(page, 'Projection').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('section')).toBe('projection');

    await page.goBack();
    await expect.poll(() => section(page, 'Retention').count()).toBe(1);
    await waitForPanels(page);
    expect(await page.getByRole('combobox', { name: 'Days shown' }).inputValue()).toBe('30');
    expect(await nav.getByRole('link', { name: 'Retention' }).getAttribute('aria-current')).toBe('page');
    expect(await page.title()).toBe('Retention — Uptake');

    await page.goBack();
    await expect.poll(() => section(page, 'Adoption').count()).toBe(1);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.title()).toBe('Adoption — Uptake');

    await page.goForward();
    await expect.poll(() => section(page, 'Retention').count()).toBe(1);
    await page.goForward();
    await expect.poll(() => section(page, 'Projection').count()).toBe(1);
    expect(await page.title()).toBe('Projection — Uptake');
  });

  it('logs no console error and makes no request outside its origin', () => {
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
