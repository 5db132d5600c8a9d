import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels, type AppPage } from '../support/browser';

/** A platform's day-N retention pooled over every cohort of retention.csv observed that day, in plain TypeScript. */
function pooled(platform: string, day: number): { active: number; users: number } {
  const rows = readFileSync(new URL('../../../data/retention.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((r) => r[0] === platform && Number(r[3]) === day);
  return { active: rows.reduce((s, r) => s + Number(r[5]), 0), users: rows.reduce((s, r) => s + Number(r[4]), 0) };
}
const share = (p: { active: number; users: number }) => p.active / p.users;

/** The whole Retention section must load first; on a loaded machine that takes a while. */
const SLOW = 120_000;

const dayTable = (page: Page) => page.getByRole('table', { name: 'Retention on given days', exact: true });
const dayCell = (page: Page, platform: string, day: number) =>
  dayTable(page).locator(`tr[data-platform="${platform}"] td[data-day="${day}"]`);

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Retention curves compared to a baseline, in a real browser', () => {
  let browser: Browser;
  let app: AppPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await openApp(browser, '/?section=retention');
    await waitForPanels(app.page, SLOW);
  }, 2 * SLOW);
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the other platforms against Bluesky, and the day table reads their differences in points', async () => {
    const { page } = app;
    const curves = page.getByRole('region', { name: 'Retention curves', exact: true });
    await curves.getByRole('combobox', { name: 'Compare curves to' }).selectOption('Bluesky');
    await expect.poll(() => page.url()).toContain('rbase=Bluesky');
    const chart = page.getByRole('figure', { name: 'Retention curves relative to Bluesky chart' });
    await expect.poll(() => chart.getAttribute('data-platforms')).toBe('3');
    expect(await chart.locator('.retention-relative path.recharts-curve').count()).toBe(3);
    expect(await chart.innerText()).toContain('Bluesky (baseline)');
    expect(await curves.getByRole('note').innerText()).toContain("Newcombe's score interval");

    const caption = await dayTable(page).locator('caption').innerText();
    expect(caption).toContain('against Bluesky (the baseline)');
    expect(await dayTable(page).locator('tr[data-platform="Bluesky"] th').innerText()).toContain('(baseline)');
    const bluesky = pooled('Bluesky', 30);
    for (const platform of ['Threads', 'X', 'Mastodon']) {
      const cell = dayCell(page, platform, 30);
      const expected = share(pooled(platform, 30)) - share(bluesky);
      expect(Number(await cell.getAttribute('data-relative'))).toBeCloseTo(expected, 10);
      const points = `${expected >= 0 ? '+' : '−'}${Math.abs(expected * 100).toFixed(1)} pt vs Bluesky (95% `;
      expect(await cell.innerText()).toContain(points);
    }
    // Hovering a day: what the lines are relative to, the baseline's own share, each platform against it.
    const box = await chart.boundingBox();
    if (!box) throw new Error('the relative chart has no box');
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4);
    const tip = page.getByRole('status', { name: 'Retention against the baseline on the day under the cursor' });
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/^Day \d+ since signup: difference from Bluesky in percentage points/);
    expect(await tip.locator('[data-platform="Bluesky"]').textContent()).toMatch(/^Bluesky \(baseline\) \d+(\.\d)?%$/);
    expect(await tip.locator('[data-platform="Threads"]').textContent()).toMatch(
      /^Threads [−+]\d+\.\d pt \(95%: [−+]\d+\.\d pt to [−+]\d+\.\d pt\) · retains \d+(\.\d)?% · Modelled$/,
    );
    await page.mouse.move(0, 0);
    // The churn table's test reads the same baseline: it is not asked for twice.
    expect(await page.getByRole('combobox', { name: 'Compare churn to' }).inputValue()).toBe('Bluesky');
  });

  it('switches to ratios, kept in the URL, and exports what is drawn against what', async () => {
    const { page } = app;
    const curves = page.getByRole('region', { name: 'Retention curves', exact: true });
    await curves.getByRole('combobox', { name: 'Compare curves as' }).selectOption('ratio');
    await expect.poll(() => page.url()).toContain('rrel=ratio');
    const threads = share(pooled('Threads', 30)) / share(pooled('Bluesky', 30));
    await expect
      .poll(async () => Number(await dayCell(page, 'Threads', 30).getAttribute('data-relative')))
      .toBeCloseTo(threads, 10);
    expect(await dayCell(page, 'Threads', 30).innerText()).toContain(`${threads.toFixed(2)}× Bluesky (95% `);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      curves.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toContain('vs-bluesky-ratio');
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n');
    const header = lines[0]!.split(',');
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i], v])));
    const day30 = rows.find((r) => r.platform === 'Threads' && r.day === '30');
    expect(day30?.series).toBe('against Bluesky');
    expect(day30?.compared_to).toBe('Bluesky');
    expect(day30?.relative_as).toBe('ratio');
    expect(Number(day30?.relative)).toBeCloseTo(threads, 10);
    expect(Number(day30?.relative_low_95)).toBeLessThan(threads);
    expect(Number(day30?.relative_high_95)).toBeGreaterThan(threads);
    const base = rows.find((r) => r.platform === 'Bluesky' && r.day === '30');
    expect([base?.series, base?.relative]).toEqual(['baseline', '1']);
    expect(Number(base?.retention)).toBeCloseTo(share(pooled('Bluesky', 30)), 10);
    expect(app.errors).toEqual([]);
  });

  it('reads a baseline the link names but the data lacks as none', { timeout: 2 * SLOW }, async () => {
    const other = await openApp(browser, '/?section=retention&rbase=Friendster&rrel=sideways');
    await waitForPanels(other.page, SLOW);
    expect(await other.page.getByRole('figure', { name: 'Retention curves chart', exact: true }).count()).toBe(1);
    const select = other.page.getByRole('combobox', { name: 'Compare curves to' });
    expect(await select.inputValue()).toBe('');
    expect(await other.page.getByRole('combobox', { name: 'Compare curves as' }).inputValue()).toBe('difference');
    await other.page.context().close();
  });
});
