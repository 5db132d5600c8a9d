import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from '../support/browser';

const launchPanel = (page: Page) => page.getByRole('region', { name: 'Launch projection' });
const modelsPanel = (page: Page) => page.getByRole('region', { name: 'Growth models, backtested' });
const euTable = (page: Page) => launchPanel(page).getByRole('table', { name: 'EU launch at 30, 90 and 365 days' });
const figure = (page: Page, day: number) =>
  euTable(page).locator(`tr[data-day="${day}"] td[data-field="signups"]`).textContent();
const captionModel = (page: Page) => euTable(page).locator('caption').getAttribute('data-model');
const LABELS: Record<string, string> = { logistic: 'Logistic', gompertz: 'Gompertz' };

/** Click a download button and return the file's name and its lines (without a trailing empty one). */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string; lines: string[] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = readFileSync(await file.path()).toString('utf8');
  return { name: file.suggestedFilename(), text, lines: text.split(/\r?\n/).filter((l) => l !== '') };
}
/** Every text element of an exported SVG, joined: wrapped caption lines read as one paragraph again. */
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

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

    // The chart names the same model in its legend and caption, and draws the same rows.
    const label = LABELS[other]!;
    const chart = launchPanel(page).getByRole('figure', { name: 'Launch projection chart' });
    await expect.poll(() => chart.getAttribute('data-model')).toBe(other);
    expect(await chart.locator('figcaption').textContent()).toMatch(
      new RegExp(`^${label}, carried to EU-27: the model chosen under Growth models\\. `),
    );
    expect(await chart.getByRole('list', { name: 'Launch projection series' }).locator('li').allTextContents()).toEqual(
      expect.arrayContaining([
        `Threads in EU-27: cumulative signups (${label})`,
        `Threads launch (fitted analogue, ${label})`,
      ]),
    );
    // Its CSV holds the table's figures: the 30/90/365-day signups to the person, under the model named.
    const exports = launchPanel(page).getByRole('group', { name: 'Export Launch projection' });
    const csv = await download(page, exports.getByRole('button', { name: 'Export CSV' }));
    const header = csv.lines[0]!.split(',');
    for (const day of [30, 90, 365]) {
      const cells = csv.lines.find((l) => l.startsWith(`Threads,EU-27,${day},`))?.split(',') ?? [];
      const exact = await euTable(page).locator(`tr[data-day="${day}"] td[data-field="signups"]`).getAttribute('title');
      expect(cells[header.indexOf('signups')], `day ${day}`).toBe(exact?.replace(/\D/g, ''));
      expect(cells[header.indexOf('model')]).toBe(label);
    }
    // The backtest checks the same model, and says so.
    const backtest = launchPanel(page).getByRole('region', { name: 'Backtest', exact: true });
    expect(await backtest.getAttribute('data-model')).toBe(other);
    expect(await backtest.getByRole('heading').textContent()).toBe(`Backtest of the ${label} projection`);
    expect(await backtest.locator('.chart-note').first().textContent()).toMatch(
      new RegExp(`^${label}, the model chosen under Growth models, as projected above\\.`),
    );
    expect(await backtest.getByLabel('Backtest error').textContent()).toMatch(
      /^MAPE \d+(\.\d)?% over \d+ reported figures/,
    );

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

  it('exports the time machine as CSV, PNG and SVG: what the chosen model would have projected on the cutoff day', async () => {
    const { page } = app;
    await modelsPanel(page).getByRole('combobox', { name: 'Series compared' }).selectOption('MAU');
    await modelsPanel(page).getByRole('combobox', { name: 'Projection model' }).selectOption('linear');
    await page.getByLabel('Backtest cutoff').fill('2024-08-01');
    const note = modelsPanel(page).getByRole('note', { name: 'Time machine' });
    await expect.poll(() => note.textContent()).toMatch(/^As of 1 Aug 2024: Linear trend fitted to 4 reported figures/);
    const chart = modelsPanel(page).getByRole('figure', { name: 'Model projection chart' });
    const group = modelsPanel(page).getByRole('group', { name: 'Export Time machine' });

    const csv = await download(page, group.getByRole('button', { name: 'Export CSV' }));
    expect(csv.name).toBe('uptake-time-machine-threads-global-linear-trend-cutoff-2024-08-01.csv');
    expect(csv.lines[0]).toBe(
      'platform,region,measure,model,date,days_since_launch,modelled,band_low,band_high,reported_fitted,reported_after_cutoff',
    );
    // One row per drawn position, as the chart has them; the 4 fitted figures and the 6 reported later each on its day.
    const body = csv.lines.slice(1);
    expect(body).toHaveLength(Number(await chart.getAttribute('data-points')));
    expect(body.every((l) => l.startsWith('Threads,global,MAU,Linear trend,'))).toBe(true);
    const cells = body.map((l) => l.split(','));
    expect(cells.filter((c) => c[9] !== '')).toHaveLength(4);
    expect(cells.filter((c) => c[10] !== '')).toHaveLength(6);
    expect(cells.filter((c) => c[10] !== '').every((c) => c[4]! >= '2024-08-01')).toBe(true);
    expect(cells.every((c) => /^\d{4}-\d{2}-\d{2}$/.test(c[4]!) && /^-?\d+$/.test(c[6]!))).toBe(true);

    const svg = await download(page, group.getByRole('button', { name: 'Export SVG' }));
    expect(svg.name).toBe('uptake-time-machine-threads-global-linear-trend-cutoff-2024-08-01.svg');
    expect(svg.text).toMatch(/<text[^>]*>Time machine<\/text>/);
    const caption = svgTexts(svg.text);
    expect(caption).toContain('Series: MAU of Threads (global), counted by Meta · Model: Linear trend');
    expect(caption).toContain('As of: 1 Aug 2024, fitted to 4 figures');
    expect(caption).toContain('Sources: ');
    expect(caption).toContain('Modelled: Fitted curves, bands and projections are model output');
    // The legend, as the page lists it beside the chart.
    const legend = await chart
      .getByRole('list', { name: 'Time machine series' })
      .getByRole('listitem')
      .allTextContents();
    expect(legend).toEqual([
      '80% band (modelled)',
      'Linear trend (modelled projection)',
      'Reported MAU, fitted',
      'Reported MAU after the cutoff',
    ]);
    for (const entry of legend) expect(svg.text).toContain(`>${entry}</text>`);
    const png = await group.getByRole('button', { name: 'Export PNG' });
    const [file] = await Promise.all([page.waitForEvent('download'), png.click()]);
    expect(file.suggestedFilename()).toBe('uptake-time-machine-threads-global-linear-trend-cutoff-2024-08-01.png');
    expect(
      readFileSync(await file.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(app.errors).toEqual([]);
  });
});
