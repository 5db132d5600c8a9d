import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels } from './support/browser';

/**
 * The landing chart drawn into index.html at build time (scripts/vite/prerender.ts): shown
 * before any script and with no engine at all, checked against the engine once it is up,
 * dropped for any other address, and a mismatch is a visible notice.
 */

// The reference, read straight from the bundled file: the global MAU figures above zero.
const SIGNUPS = Papa.parse<Record<string, string>>(
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'signups.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const globalMau = SIGNUPS.filter((r) => r.region === 'global' && r.measure === 'MAU' && Number(r.value) > 0);
const FIGURES = globalMau.length;
// The first row the series query returns (ordered by platform, date, value): Bluesky's earliest.
const FIRST = globalMau
  .filter((r) => r.platform === 'Bluesky')
  .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || Number(a.value) - Number(b.value))[0];

// axe-core's bundle, evaluated over the DevTools protocol as in accessibility.test.ts.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const chart = (page: Page) => page.getByRole('figure', { name: 'Users over time chart' });
const panel = (page: Page) => page.getByRole('region', { name: 'Users over time' });
const CHECKING = 'Snapshot of the bundled data taken at build time — checking it against the live engine…';

/** A fresh context on the app's origin, with `setup` (routes) applied before the page loads. */
async function openRaw(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/content.security.policy/i.test(msg.text())) violations.push(msg.text());
  });
  return { context, page, violations, url: (path: string) => new URL(path, inject('baseUrl')).toString() };
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('landing chart drawn at build time', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  it('is in the page before any script runs: chart, caption, sources and the status', async () => {
    const { context, page, url } = await openRaw(browser, { javaScriptEnabled: false });
    contexts.push(context);
    await page.goto(url('/'));
    await expect.poll(() => chart(page).isVisible()).toBe(true);
    expect(await chart(page).getAttribute('data-points')).toBe(String(FIGURES));
    const image = chart(page).getByRole('img', { name: /^Users over time: Monthly active users \(MAU\), global/ });
    expect(await image.count()).toBe(1);
    // One drawn symbol per figure, none focusable while nothing can respond.
    expect(await image.locator('.recharts-scatter-symbol').count()).toBe(FIGURES);
    expect(await page.locator('[tabindex]').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Users over time' }).count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toBe(CHECKING);
    expect(await chart(page).locator('figcaption').textContent()).toContain(`${FIGURES} reported figures`);
    expect(
      await panel(page)
        .getByText(/^Sources: /)
        .textContent(),
    ).toContain(FIRST?.source);
  });

  it('has no serious or critical axe-core finding and no duplicate id before any app script runs', async () => {
    const { context, page, url } = await openRaw(browser);
    contexts.push(context);
    // The app's own scripts never load: what is checked is index.html as built.
    await context.route(/\/assets\/[^/]*\.js$/, (route) => route.abort());
    await page.goto(url('/'));
    await chart(page).waitFor();
    await page.evaluate(AXE_SOURCE);
    const findings = await page.evaluate(async () => {
      type Finding = { id: string; impact: string | null; nodes: { target: unknown }[] };
      const { axe } = window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Finding[] }> } };
      const { violations } = await axe.run(document);
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(findings).toEqual([]);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays drawn when the engine can never boot (WASM and workers blocked)', async () => {
    const { context, page, url, violations } = await openRaw(browser);
    contexts.push(context);
    const blocked: string[] = [];
    await context.route(/\.wasm$|worker[^/]*\.js$/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(url('/'));
    // React is up (it draws the engine status), and the chart it draws is the snapshot's.
    await page.locator('[aria-label="Engine status"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => chart(page).locator('.recharts-wrapper').count()).toBe(1);
    expect(await chart(page).getAttribute('data-rows')).toBe('snapshot');
    expect(await chart(page).getAttribute('data-points')).toBe(String(FIGURES));
    expect(await chart(page).locator('.recharts-scatter-symbol').count()).toBe(FIGURES);
    // Still checking (the engine hangs) or said to have failed: either way it names the snapshot.
    await expect
      .poll(() => panel(page).locator('.snapshot-status').textContent())
      .toMatch(/snapshot of the bundled data taken at build time/i);
    expect(await panel(page).getAttribute('data-state')).toBe('ready');
    expect(blocked.length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it('says it is live once the engine returns the same rows, with no notice', async () => {
    const app = await openApp(browser, '/');
    const { page } = app;
    await waitForPanels(page);
    await expect
      .poll(() => panel(page).locator('.snapshot-status').textContent())
      .toBe(`Live: ${FIGURES} figures from the engine, the same as the build-time snapshot.`);
    expect(await chart(page).getAttribute('data-rows')).toBe('live');
    expect(await panel(page).getByRole('alert').count()).toBe(0);
    expect(await page.locator('[data-snapshot]').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it.each([
    ['/?metric=DAU', 'another metric'],
    ['/?section=retention', 'another section'],
  ])(
    'is dropped before the page renders for %s (%s)',
    async (path) => {
      const { context, page, url } = await openRaw(browser);
      contexts.push(context);
      // Module scripts (the entry) run before DOMContentLoaded; React loads later.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { __snapshotAtReady: boolean }).__snapshotAtReady =
            document.querySelector('[data-snapshot]') !== null ||
            document.getElementById('adoption-snapshot-data') !== null;
        });
      });
      await page.goto(url(path));
      await page.locator('[aria-label="Engine status"][data-phase="ready"]').waitFor({ timeout: 120_000 });
      expect(await page.evaluate(() => (window as unknown as { __snapshotAtReady: boolean }).__snapshotAtReady)).toBe(
        false,
      );
      expect(await page.locator('.snapshot-status').count()).toBe(0);
      if (path.includes('metric=DAU')) {
        const dau = SIGNUPS.filter((r) => r.region === 'global' && r.measure === 'DAU' && Number(r.value) > 0);
        await expect.poll(() => chart(page).getAttribute('data-points')).toBe(String(dau.length));
      }
    },
    180_000,
  );

  it('is still there at DOMContentLoaded on the bare address (so the probe above can fail)', async () => {
    const { context, page, url } = await openRaw(browser);
    contexts.push(context);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __snapshotAtReady: boolean }).__snapshotAtReady =
          document.querySelector('[data-snapshot]') !== null;
      });
    });
    await page.goto(url('/'));
    expect(await page.evaluate(() => (window as unknown as { __snapshotAtReady: boolean }).__snapshotAtReady)).toBe(
      true,
    );
  });

  it('shows a notice naming what differs when the snapshot does not match the engine, and draws the live rows', async () => {
    const { context, page, url } = await openRaw(browser);
    contexts.push(context);
    if (!FIRST) throw new Error('signups.csv has no global Bluesky MAU figure');
    const tampered = Number(FIRST.value) + 1;
    await page.route(url('/'), async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      // The first series row's value in the JSON rows, one more than the file says.
      const edited = html.replace(/("series":\[\{[^}]*?"value":)(\d+)/, (_m, head: string) => `${head}${tampered}`);
      if (edited === html) throw new Error('no series value found in index.html to tamper with');
      // The body is re-encoded by the browser's side, so the server's encoding and length no longer apply.
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(([name]) => !/^content-(encoding|length)$/i.test(name)),
      );
      await route.fulfill({ response, headers, body: edited });
      // Routing bypasses the HTTP cache; the engine's 30 MB then loads as in the other tests.
      await page.unroute(url('/'));
    });
    await page.goto(url('/'));
    const notice = panel(page).getByRole('alert');
    await notice.waitFor({ timeout: 240_000 });
    const text = await notice.textContent();
    expect(text).toContain("The live engine's rows differ from the snapshot drawn at build time");
    const value = (n: number) => n.toLocaleString('en');
    expect(text).toContain(`Figures only in the snapshot: Bluesky`);
    expect(text).toContain(`: ${value(tampered)} (${FIRST.vendor}, ${FIRST.coverage})`);
    expect(text).toContain(`Figures only in the engine: Bluesky`);
    expect(text).toContain(`: ${value(Number(FIRST.value))} (${FIRST.vendor}, ${FIRST.coverage})`);
    expect(await chart(page).getAttribute('data-rows')).toBe('live');
    expect(await chart(page).getAttribute('data-points')).toBe(String(FIGURES));
  }, 300_000);
});
