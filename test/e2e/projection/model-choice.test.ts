import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from '../support/browser';

const launchPanel = (page: Page) => page.getByRole('region', { name: 'Launch projection' });
const modelsPanel = (page: Page) => page.getByRole('region', { name: 'Growth models, backtested' });
const euTable = (page: Page) => launchPanel(page).getByRole('table', { name: 'EU launch at 30, 90 and 365 days' });
const figure = (page: Page, day: number) =>
  euTable(page).locator(`tr[data-day="${day}"] td[data-field="signups"]`).textContent();
const captionModel = (page: Page) => euTable(page).locator('caption').getAttribute('data-model');

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Projection: the chosen model, the time machine and the default share', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=projection');
    // The shared 2-core machine can take over a minute to boot the engine while other runs build.
    await waitForPanels(app.page, 180_000);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the EU figures with the model chosen under Growth models, and says which', async () => {
    const { page } = app;
    expect(await launchPanel(page).getAttribute('data-state')).toBe('ready');
    const table = modelsPanel(page).getByRole('table', { name: 'Model comparison' });
    const chosen = await table.locator('tr[data-chosen="true"]').getAttribute('data-model');
    expect(await captionModel(page)).toBe(chosen);
    const chosenLabel = await table.locator('tr[data-chosen="true"] th').first().textContent();
    expect(await euTable(page).locator('caption').textContent()).toContain(
      `${chosenLabel?.split(' (shown)')[0]} projection (the model chosen under Growth models, backtested)`,
    );
    const before = await figure(page, 30);

    const pick = modelsPanel(page).getByRole('combobox', { name: 'Projection model' });
    // Logistic saturates within the launch week's shape, so its first month differs from a slower curve's.
    const other = chosen === 'logistic' ? 'gompertz' : 'logistic';
    await pick.selectOption(other);
    await expect.poll(() => captionModel(page)).toBe(other);
    expect(new URL(page.url()).searchParams.get('pmodel')).toBe(other);
    // Another curve to the same market: the first month differs, the year is the market (448M × 5.01% ≈ 22.4M).
    expect(await figure(page, 30)).not.toBe(before);
    expect(await figure(page, 365)).toBe('22.4M');

    // Bass describes signups only: compared on cumulative signups, it can be chosen, and the table is the Bass projection.
    await modelsPanel(page).getByRole('combobox', { name: 'Series compared' }).selectOption('registered');
    await pick.selectOption('bass');
    await expect.poll(() => captionModel(page)).toBe('bass');
    expect(await euTable(page).locator('caption').textContent()).toMatch(
      /^Modelled Bass projection \(the model chosen/,
    );
    expect(app.errors).toEqual([]);
  });

  it('names the one counter the models are compared on', async () => {
    const { page } = app;
    await modelsPanel(page).getByRole('combobox', { name: 'Series compared' }).selectOption('MAU');
    await expect
      .poll(() => modelsPanel(page).getByLabel('Series counter').textContent())
      .toMatch(/^Series: MAU of Threads \(global\) as counted by Meta, 10 company figures\./);
  });

  it('states where the default reachable share comes from', async () => {
    const { page } = app;
    expect(await page.getByRole('spinbutton', { name: 'Reachable share (%)' }).getAttribute('placeholder')).toBe(
      '5.01',
    );
    const note = launchPanel(page).getByLabel('Reachable share source');
    const text = await note.textContent();
    expect(text).toContain('112.2M');
    expect(text).toContain('X DSA Art.24(2) disclosure');
    expect(text).toContain('73M ÷ 365M = 20.0%');
    expect(text).toContain('Sensor Tower via Wall Street Journal');
    expect(text).toContain('= 5.01%');
  });

  it('says how many figures a cutoff leaves and how many a fit needs, and the cutoff still works', async () => {
    const { page } = app;
    const cutoff = page.getByLabel('Backtest cutoff');
    await cutoff.fill('2023-07-06');
    await expect.poll(() => launchPanel(page).getAttribute('data-state')).toBe('empty');
    expect(await launchPanel(page).locator('.panel-status').textContent()).toBe(
      'As of 6 Jul 2023, Threads launch has 2 signup figures dated before the backtest cutoff; a fit needs 4. Move the cutoff later, or clear it.',
    );
    expect(await launchPanel(page).getByRole('alert').count()).toBe(0);
    expect(await modelsPanel(page).getAttribute('data-state')).not.toBe('error');
    // The control is still there and still drives the panel: a day later leaves 4 figures, enough to fit.
    expect(await cutoff.isEnabled()).toBe(true);
    await cutoff.fill('2023-07-07');
    await expect.poll(() => launchPanel(page).getAttribute('data-state')).toBe('ready');
    expect(new URL(page.url()).searchParams.get('pcut')).toBe('2023-07-07');
    expect(app.errors).toEqual([]);
  });
});
