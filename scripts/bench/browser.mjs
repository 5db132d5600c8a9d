/**
 * Headless Chromium (Debian's /usr/bin/chromium through playwright-core; nothing is
 * downloaded) and the page-level probes the bench uses. Every time is read inside the page
 * with performance.now(), so Node-side polling never adds to a figure.
 */
/* global window, document, MutationObserver -- the probes below run inside the page */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import chromiumConfig from '../chromium.json' with { type: 'json' };

const CANDIDATES = [process.env.CHROMIUM_PATH, ...chromiumConfig.candidates].filter(Boolean);

/** The flags the browser tests use too (scripts/chromium.json). */
export const CHROMIUM_FLAGS = chromiumConfig.flags;

/** Path of the Chromium binary, or null. */
export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function launchBrowser(executablePath) {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

/**
 * A fresh context (own cache and storage, so every start is cold) with one page; page
 * errors are collected so a failed measurement can say why.
 */
export async function openPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { context, page, errors, close: () => context.close() };
}

/**
 * `work({ page, context })` in a fresh page (see `openPage`): a failure carries the page's
 * own errors, and the context is closed whatever happens. Returns what `work` returns.
 */
export async function inFreshPage(browser, work) {
  const { context, page, errors, close } = await openPage(browser);
  try {
    return await work({ page, context });
  } catch (error) {
    throw withPageErrors(error, errors);
  } finally {
    await close();
  }
}

/**
 * What a page's probe left in `window[name]`, once it is there: waits for it, and throws
 * its `error` (prefixed by `label`, when given) if the probe reported one.
 */
export async function pageResult(page, name, { timeout, polling = 100, label } = {}) {
  const handle = await page.waitForFunction((n) => window[n] ?? null, name, { timeout, polling });
  const result = await handle.jsonValue();
  if (result.error) throw new Error(label ? `${label}: ${result.error}` : String(result.error));
  return result;
}

/**
 * Runs in the app page before its scripts: records when the "Users over time" panel is
 * first ready with plotted symbols in its SVG from the engine's rows (the first live chart drawn), when the engine
 * status left the engine boot (DuckDB up, bundled data loading) and when it said ready
 * (every bundled table loaded; since the landing chart waits only for its own tables, that
 * can come after the chart). All are performance.now() since navigation start.
 */
export function firstChartProbe() {
  const w = window;
  const check = () => {
    const status = document.querySelector('[aria-label="Engine status"]');
    const phase = status?.getAttribute('data-phase');
    if ((phase === 'loading-data' || phase === 'ready') && w.__benchEngineBooted === undefined)
      w.__benchEngineBooted = performance.now();
    if (phase === 'ready' && w.__benchEngineReady === undefined) w.__benchEngineReady = performance.now();
    if (phase === 'failed') {
      w.__benchFirstChart = { error: `engine failed: ${status?.textContent ?? ''}` };
      return true;
    }
    const panel = document.querySelector('[aria-label="Users over time"][data-state]');
    const state = panel?.getAttribute('data-state');
    if (state === 'error') {
      w.__benchFirstChart = { error: `"Users over time" panel error: ${panel?.textContent ?? ''}` };
      return true;
    }
    // The live chart: not the build-time snapshot (startup_paint times that), nor React
    // drawing the snapshot's rows while the engine boots (its figure says data-rows="snapshot").
    const live = 'figure:not([data-rows="snapshot"]) svg';
    if (state === 'ready' && panel?.querySelector(`${live} .recharts-symbols, ${live} .recharts-scatter-symbol`)) {
      w.__benchFirstChart = {
        at: performance.now(),
        engineBootedAt: w.__benchEngineBooted ?? null,
        engineReadyAt: w.__benchEngineReady ?? null,
      };
      return true;
    }
    return false;
  };
  new MutationObserver((_records, observer) => {
    if (check()) observer.disconnect();
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state', 'data-phase', 'class', 'data-rows'],
  });
}

/**
 * One cold start of the app: navigation start → first chart drawn. Also returns the JS
 * files the page fetched before that moment (for the bundle figure): `boot` (requested
 * before the engine was ready) and `prefetch` (requested after, before the chart).
 */
export async function appFirstChart(browser, url, timeout) {
  return inFreshPage(browser, async ({ page }) => {
    await page.addInitScript(firstChartProbe);
    await page.goto(url);
    const result = await pageResult(page, '__benchFirstChart', { timeout });
    // JS the page fetched before the first chart, split by whether the request started
    // before the engine was ready (the boot path) or after (idle prefetch of other sections).
    const scripts = await page.evaluate(
      ({ before, ready }) => {
        const entries = performance
          .getEntriesByType('resource')
          .filter((e) => e.responseEnd <= before && new URL(e.name).pathname.endsWith('.js'));
        const path = (e) => new URL(e.name).pathname;
        const cut = ready ?? before;
        return {
          boot: entries.filter((e) => e.startTime < cut).map(path),
          prefetch: entries.filter((e) => e.startTime >= cut).map(path),
        };
      },
      { before: result.at, ready: result.engineReadyAt },
    );
    return { ms: result.at, engineBootedMs: result.engineBootedAt, scripts };
  });
}

/** One cold start of a bare page (bare.html / bare-coi.html): navigation start → boot + one query done. */
export async function bareBoot(browser, url, timeout) {
  return inFreshPage(browser, async ({ page }) => {
    await page.goto(url);
    const result = await pageResult(page, '__bareResult', { timeout });
    return {
      ms: result.doneAt,
      bundle: result.bundle,
      threads: result.threads,
      crossOriginIsolated: result.crossOriginIsolated,
    };
  });
}

/** Open the workbench (lab.html), hand it the events file and boot an engine. */
export async function openLab(browser, url, { file, variant = 'single', timeout }) {
  const lab = await openPage(browser);
  try {
    await lab.page.goto(url);
    await lab.page.waitForFunction(() => window.bench !== undefined, undefined, { timeout });
    if (file) await lab.page.setInputFiles('#file', file);
    const boot = await lab.page.evaluate((v) => window.bench.boot(v), variant);
    return { ...lab, boot };
  } catch (error) {
    await lab.close();
    throw withPageErrors(error, lab.errors);
  }
}

/** Call `window.bench[name](arg)` in the lab page. */
export function call(lab, name, arg) {
  return lab.page
    .evaluate(([n, a]) => window.bench[n](a), [name, arg])
    .catch((error) => {
      throw withPageErrors(error, lab.errors);
    });
}

export function withPageErrors(error, errors) {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0];
  return new Error(errors.length > 0 ? `${first} (page: ${errors.slice(0, 2).join(' | ')})` : first, { cause: error });
}
