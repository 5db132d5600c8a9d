import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from '../support/browser';
import { aggregateDay30, eventsDay30 } from './bundled-reference';

const TITLE = 'Month-one churn by definition';
const table = (page: Page) => page.getByRole('table', { name: TITLE, exact: true });
const row = (page: Page, definition: string) => table(page).locator(`tbody tr[data-definition="${definition}"]`);
const cell = (page: Page, definition: string, platform: string): Locator =>
  row(page, definition).locator(`td[data-platform="${platform}"]`);
const value = async (page: Page, definition: string, platform: string) =>
  Number(await cell(page, definition, platform).getAttribute('data-value'));

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Month-one churn by definition, in a real browser', () => {
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

  it('shows five definitions by four platforms, labelled modelled', async () => {
    const { page } = app;
    const region = page.getByRole('region', { name: TITLE, exact: true });
    expect(await region.getAttribute('data-state')).toBe('ready');
    expect(await region.getByText('Modelled', { exact: true }).count()).toBe(1);
    expect(
      await table(page)
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-definition'))),
    ).toEqual(['nday', 'unbounded', 'bracket', 'dau-decline', 'first-week-share']);
    expect((await table(page).locator('thead th').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Definition',
      'Threads',
      'X',
      'Bluesky',
      'Mastodon',
      'Published claims using it',
    ]);
  });

  it("matches each platform's launch block in retention.csv, with its Wilson interval", async () => {
    const { page } = app;
    for (const platform of ['Threads', 'X', 'Bluesky', 'Mastodon']) {
      const ref = aggregateDay30(platform);
      expect(await value(page, 'nday', platform)).toBeCloseTo(1 - ref.nday / ref.users, 9);
      expect(await value(page, 'unbounded', platform)).toBeCloseTo(1 - ref.later / ref.users, 9);
    }
    // Threads: 79%, the figure the model was calibrated to; 110M users make the interval a hair wide.
    expect(await value(page, 'nday', 'Threads')).toBeCloseTo(0.79, 2);
    expect(await cell(page, 'nday', 'Threads').getAttribute('title')).toMatch(
      /^[\d,]+ of 110,000,000 users; 95% Wilson interval 79%–79%$/,
    );
    // A cohort table gives the bracket as bounds, never one made-up number.
    expect(await cell(page, 'bracket', 'Threads').getAttribute('data-kind')).toBe('bounds');
    expect(await cell(page, 'bracket', 'Threads').innerText()).toContain('(bounds)');
  });

  it('puts each published claim in the row of the definition it used', async () => {
    const { page } = app;
    const claims = (definition: string) =>
      row(page, definition)
        .locator('li[data-claim]')
        .evaluateAll((li) => li.map((l) => Number(l.getAttribute('data-claim'))));
    expect(await claims('dau-decline')).toEqual([0.82, 0.79]);
    expect(await claims('first-week-share')).toEqual([0.5]);
    for (const definition of ['nday', 'unbounded', 'bracket']) expect(await claims(definition)).toEqual([]);
    const decline = await row(page, 'dau-decline').innerText();
    expect(decline).toContain('Sensor Tower');
    expect(decline).toContain('Similarweb');
  });

  it('tests each platform against a baseline, kept in the URL', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Compare churn to' }).selectOption('Bluesky');
    await expect.poll(() => page.url()).toContain('rbase=Bluesky');
    expect((await table(page).locator('thead th').nth(3).innerText()).trim()).toBe('Bluesky (baseline)');
    const threads = await cell(page, 'nday', 'Threads').innerText();
    // Millions of users on each side: a 13-point gap is far beyond noise.
    expect(threads).toMatch(
      /[−+]\d+\.\d pt vs Bluesky \(95% [−+][\d.]+ pt to [−+][\d.]+ pt\): beyond noise, p < 0\.001/,
    );
    expect(await cell(page, 'dau-decline', 'Threads').innerText()).toContain('no test against Bluesky');
    expect(await cell(page, 'nday', 'Bluesky').innerText()).not.toContain('vs Bluesky');
  });

  it('exports every figure with its interval or bounds, and the claims', async () => {
    const { page } = app;
    const region = page.getByRole('region', { name: TITLE, exact: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('uptake-month-one-churn-by-definition-all-regions-cohorts.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'definition,platform,figure,churn,churn_low_95,churn_high_95,bound_low,bound_high,users,reported_value,reported_date,reported_source,data_source,region,modelled',
    );
    // 5 definitions × 4 platforms, plus 3 claims.
    expect(lines).toHaveLength(1 + 20 + 3);
    expect(lines[1]).toMatch(/^nday,Threads,share,0\.79\d*,0\.79\d*,0\.79\d*,,,110000000,,,,aggregate,all,true$/);
    expect(lines.filter((l) => l.startsWith('dau-decline,Threads,reported,,,,,,,0.8'))).toHaveLength(1);
  });

  it('counts the raw events exactly, the bracket once per user', async () => {
    const { page } = app;
    await page.getByRole('combobox', { name: 'Data source' }).selectOption('events');
    await waitForPanels(page);
    for (const platform of ['Threads', 'Bluesky']) {
      const ref = eventsDay30(platform);
      expect(await value(page, 'nday', platform)).toBeCloseTo(1 - ref.nday / ref.users, 9);
      expect(await cell(page, 'bracket', platform).getAttribute('data-kind')).toBe('share');
      expect(await value(page, 'bracket', platform)).toBeCloseTo(1 - ref.bracket / ref.users, 9);
    }
    expect([...app.errors]).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});

describe.skipIf(NO_BROWSER)('Heatmap intervals, in a real browser', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it("gives each cell its Wilson interval and fades the raw sample's small cohorts", async () => {
    browser = await launchBrowser();
    const app = await openApp(browser, '/?section=retention&rsrc=events&rhplat=Threads');
    await waitForPanels(app.page);
    const cells = app.page
      .getByRole('region', { name: 'Cohort heatmap', exact: true })
      .locator('td[data-observable="true"]');
    // Day 0 of any cohort: n of n active. Wilson's interval for n/n runs from n/(n + 1.96²) to 1.
    const first = cells.first();
    const users = Number((await first.getAttribute('title'))!.match(/of ([\d,]+);/)![1]!.replace(/,/g, ''));
    const low = users / (users + 1.959964 ** 2);
    expect(await first.getAttribute('title')).toContain(
      `95% interval ${new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(low)}–100%`,
    );
    // Weekly cohorts of a few dozen sampled users: most later cells are too noisy to read alone.
    expect(await app.page.locator('td[data-wide="true"]').count()).toBeGreaterThan(0);
    expect(
      await app.page
        .locator('td[data-wide="true"]')
        .first()
        .evaluate((td) => getComputedStyle(td).opacity),
    ).toBe('0.45');
    expect(app.errors).toEqual([]);
  });
});
