import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from './support/browser';

const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const chart = (page: Page) => page.getByRole('figure', { name: 'Retention curves chart' });
const churnRows = (page: Page) => page.getByRole('table', { name: 'Month-one churn', exact: true }).locator('tbody tr');
/** A plain number as the CSV writes it: no thousands separators, no % sign. */
const NUM = String.raw`-?\d+(?:\.\d+)?(?:e-?\d+)?`;
/** Click a panel's "Export CSV" and return the downloaded file's name and lines. */
async function exportCsv(page: Page, region: Locator): Promise<{ name: string; lines: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    region.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  return { name: download.suggestedFilename(), lines: readFileSync(await download.path(), 'utf8').split('\n') };
}
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

  it('exports each panel as CSV (and the curves chart as SVG and PNG), in plain values', async () => {
    const { page } = app;
    const curves = panel(page, 'Retention curves');
    const first = await curves.locator('ul.legend li').first().getAttribute('data-platform');
    expect(await curves.locator('ul.legend li').allTextContents()).toEqual([
      'Threads (modelled)',
      'X (modelled)',
      'Bluesky (modelled)',
      'Mastodon (modelled)',
    ]);
    const curvesCsv = await exportCsv(page, curves);
    // The name says what the file holds: the platforms drawn, every region, N-day retention, with the fit.
    const curvesName = 'uptake-retention-curves-threads-x-bluesky-mastodon-all-regions-nday-fitted';
    expect(curvesCsv.name).toBe(`${curvesName}.csv`);
    expect(curvesCsv.lines[0]).toBe(
      'platform,series,day,retention,retention_low_95,retention_high_95,model,retention_mode,region,data_source,modelled,compared_to,relative_as,relative,relative_low_95,relative_high_95,interval_method',
    );
    // Day 1 is the first drawn point; a plain share, no % sign, no fitted columns on observed rows.
    expect(curvesCsv.lines[1]).toMatch(new RegExp(`^${first},observed,1,${NUM},,,,nday,all,aggregate,true,,,,,,$`));
    // The dashed extrapolation is exported too, with its band and model.
    expect(
      curvesCsv.lines.some((l) =>
        new RegExp(`^${first},fitted,365,${NUM},${NUM},${NUM},(power|exponential),nday,all,aggregate,true,,,,,,$`).test(
          l,
        ),
      ),
    ).toBe(true);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      curves.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe(`${curvesName}.svg`);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svgText).toContain('recharts-curve');
    // The image reads on its own: its title, the settings in view, the sources and what is modelled, as text.
    const texts = [...svgText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(svgText).toMatch(/<text[^>]*>Retention curves<\/text>/);
    expect(texts).toContain('Platforms: Threads, X, Bluesky, Mastodon · Region: all regions · Retention: N-day');
    expect(texts).toContain('Data: cohort table');
    expect(texts).toContain('Sources: data/retention.csv (generate-retention.mjs; modelled): Threads, X, Bluesky,');
    expect(texts).toMatch(
      /Modelled: Modelled cohorts, not reported ones: calibrated to Threads' reported month-one drop/,
    );
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      curves.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe(`${curvesName}.png`);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    // The heatmap is a table: CSV only, one row per cell, matching what the table shows.
    const heatmap = panel(page, 'Cohort heatmap');
    expect(await heatmap.getByRole('button', { name: 'Export CSV' }).count()).toBe(1);
    expect(await heatmap.getByRole('button', { name: /Export (PNG|SVG)/ }).count()).toBe(0);
    const heatmapPlatform = await page.getByRole('combobox', { name: 'Heatmap platform' }).inputValue();
    expect(heatmapPlatform).toBe('Threads');
    const heatmapCsv = await exportCsv(page, heatmap);
    expect(heatmapCsv.name).toBe('uptake-cohort-heatmap-threads-all-regions-nday-week.csv');
    expect(heatmapCsv.lines[0]).toBe(
      'platform,cohort_grain,cohort_start,cohort_users,small_cohort,period,day_offset,observable,active_users,retention,retention_low_95,retention_high_95,retention_mode,region,data_source,modelled,partial_cohort,cohort_end,data_signups_end',
    );
    const row = heatmapCsv.lines[1]!.split(',');
    expect(row.slice(0, 2)).toEqual([heatmapPlatform, 'week']);
    expect(row[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row[3]).toMatch(/^\d+$/);
    expect(row.slice(5, 8)).toEqual(['0', '0', 'true']);
    // Day 0: everyone is active, so the Wilson interval's top is 1.
    expect(Number(row[10])).toBeGreaterThan(0.99);
    expect(row[11]).toBe('1');
    expect(row.slice(12, 16)).toEqual(['nday', 'all', 'aggregate', 'true']);
    // The first week's cohort is whole: its Sunday is long before the data's last signup day.
    expect(row[16]).toBe('false');
    expect(Date.parse(row[17]!) - Date.parse(row[2]!)).toBe(6 * 86_400_000);
    expect(row[18]! > row[17]!).toBe(true);
    const firstTableRow = heatmap.locator('table.heatmap tbody tr').first();
    expect((await firstTableRow.locator('td.num').innerText()).replace(/\D/g, '')).toBe(row[3]);
    expect(Math.round(Number(row[9]) * 100)).toBe(
      Number(await firstTableRow.locator('td[data-observable]').first().innerText()),
    );
    expect(heatmapCsv.lines.length - 1).toBe(await heatmapCells(page).count());

    // Month-one churn is a table too: CSV only, the first platform's cohort churn first.
    const churn = panel(page, 'Month-one churn');
    expect(await churn.getByRole('button', { name: /Export (PNG|SVG)/ }).count()).toBe(0);
    const churnCsv = await exportCsv(page, churn);
    expect(churnCsv.name).toBe('uptake-month-one-churn-all-regions-cohorts.csv');
    expect(churnCsv.lines[0]).toBe(
      'platform,figure,first_cohort_start,first_cohort_end,cohort_users,churn,churn_unbounded,data_source,region,modelled,reported_metric,reported_value,reported_date,reported_coverage,reported_source',
    );
    const firstChurn = churnRows(page).first();
    const churnPlatform = await firstChurn.getAttribute('data-platform');
    const churnValue = await firstChurn.locator('td[data-churn]').getAttribute('data-churn');
    expect(churnCsv.lines[1]).toMatch(
      new RegExp(
        `^${churnPlatform},cohort,\\d{4}-\\d{2}-\\d{2},\\d{4}-\\d{2}-\\d{2},\\d+,${churnValue!.replace('.', '\\.')},(?:${NUM})?,aggregate,all,true,,,,,$`,
      ),
    );
    expect(churnCsv.lines.some((l) => new RegExp(`^${churnPlatform},reported,`).test(l))).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('shows month-one churn per platform, Threads at 79% beside the reported figures', async () => {
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
    expect((await unobserved.allInnerTexts()).every((t) => t.trim() === '' || t.includes('not yet observable'))).toBe(
      true,
    );
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
    const heatmapRows = panel(page, 'Cohort heatmap').locator('table.heatmap tbody tr');
    // Threads' last 7-day signup block (3–9 Apr 2024) covers its week of 1 Apr whole: no weekly cohort is partial.
    expect(await heatmapRows.and(page.locator('[data-partial="true"]')).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Cohort grain' }).selectOption('month');
    await waitForPanels(page);
    await expect
      .poll(() => panel(page, 'Cohort heatmap').locator('table.heatmap').getAttribute('data-columns'))
      .toBe('13');
    expect(page.url()).toContain('rgrain=month');
    // April 2024 holds that one block: marked partial, in its row and its cells, not drawn as a month of signups.
    expect(await heatmapRows.and(page.locator('[data-partial="true"]')).count()).toBe(1);
    const april = heatmapRows.last();
    expect(await april.getAttribute('data-partial')).toBe('true');
    expect(await april.getByRole('rowheader').innerText()).toBe('Apr 2024 (partial)');
    const why = "cohort still joining until 30 Apr 2024; the data's signups end on 9 Apr 2024";
    expect(await april.locator('.partial-flag').getAttribute('title')).toBe(`Partial: ${why}`);
    expect(await april.locator('td[data-observable="true"]').first().getAttribute('title')).toMatch(
      new RegExp(`^Apr 2024, day 0: 100% of [\\d,]+; .*; partial: ${why}$`),
    );
  });

  it('computes the same views from the raw events log', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Data source' }).selectOption('events');
    await waitForPanels(page);
    expect(page.url()).toContain('rsrc=events');
    expect(await panel(page, 'Retention curves').getAttribute('data-state')).toBe('ready');
    expect(await churnRows(page).count()).toBe(4);
    expect(await page.getByRole('table', { name: 'Month-one churn', exact: true }).innerText()).toContain('raw events');
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
