/**
 * `reload_with_import_1m`: with the Retention section open, a reload of the page after a
 * 1M-row import through "Import CSV" (kept in the stored `opfs://` database), timed from the
 * reload's navigation start until every Retention panel is ready, against the same reload
 * in a profile that imported nothing. Both profiles live the same visits otherwise: a first
 * visit to the Data section (which stores the bundled data), the import or not (and its
 * storing), a visit to Retention with its panels ready, and the timed reload. The runs
 * alternate which profile goes first. The app's start-up marks (`uptake:*`, src/app/boot.ts)
 * of each timed reload are kept, so a gap can be read phase by phase.
 */
/* global window, document, MutationObserver -- the probe below runs inside the page */
import { inFreshPage } from './browser.mjs';
import { figure, summarize } from './stats.mjs';
import { engineSettled, importInPage, installImportProbe, UI_IMPORT } from './ui-import.mjs';

const ROWS = 1_000_000;
const TIMEOUT = 900_000;
/** How long every Retention panel must stay ready before the reload counts as done. */
const STEADY_MS = 1500;
/** A moment of idle after storing, as a user would leave between two visits. */
const SETTLE_MS = 500;
const RETENTION = '?section=retention';

/**
 * Runs in the page before its scripts: `__benchRetentionReady` is when every panel of the
 * Retention section last became ready (null while one is loading or none is there yet),
 * `__benchRetentionError` the first panel that failed.
 */
function retentionProbe() {
  const w = window;
  w.__benchRetentionReady = null;
  w.__benchRetentionError = null;
  const check = () => {
    const phase = document.querySelector('[aria-label="Engine status"]')?.getAttribute('data-phase');
    if (phase === 'failed') w.__benchRetentionError ??= 'the engine failed to start';
    const panels = [...document.querySelectorAll('main[aria-label="Retention"] [data-state]')];
    const failed = panels.find((p) => p.getAttribute('data-state') === 'error');
    if (failed) w.__benchRetentionError ??= `panel error: ${failed.textContent?.trim().slice(0, 200) ?? ''}`;
    const ready =
      phase === 'ready' && panels.length > 0 && panels.every((p) => p.getAttribute('data-state') !== 'loading');
    if (!ready) w.__benchRetentionReady = null;
    else w.__benchRetentionReady ??= performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state', 'data-phase'],
  });
}

/** Wait until the Retention panels have stayed ready for a while; their time since navigation start. */
async function retentionReady(page, timeout) {
  const handle = await page.waitForFunction(
    (steady) => {
      const w = window;
      if (w.__benchRetentionError) return { error: w.__benchRetentionError };
      const at = w.__benchRetentionReady;
      return at !== null && performance.now() - at > steady ? { at } : null;
    },
    STEADY_MS,
    { timeout, polling: 100 },
  );
  const result = await handle.jsonValue();
  if (result.error) throw new Error(`Retention: ${result.error}`);
  return result.at;
}

/** Every `uptake:*` mark of the current page by name (its last time, ms since navigation start). */
function startMarks(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('uptake:'))
        .map((m) => [m.name.slice('uptake:'.length), Math.round(m.startTime)]),
    ),
  );
}

const hasMark = (page, name, timeout) =>
  page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout, polling: 100 });

/**
 * One profile: a first visit, the import of `file` (or none), Retention opened, then the
 * timed reload. Resolves { ms, marks, imported }.
 */
export async function reloadOnce(browser, appUrl, file, timeout) {
  return inFreshPage(browser, async ({ page }) => {
    await page.addInitScript(retentionProbe);
    if (file) await installImportProbe(page, file);
    await page.goto(new URL(UI_IMPORT.search, appUrl).toString());
    await engineSettled(page, timeout);
    // The first visit has written the bundled data into the database file.
    await hasMark(page, 'uptake:stored', timeout);
    let imported = null;
    if (file) {
      const r = await importInPage(page, file, timeout);
      if (r.unavailable) throw new Error(r.unavailable);
      imported = r.rows;
      // The import is in the database file, not only its log (commit-import.ts marks it).
      await hasMark(page, 'uptake:import:stored', timeout);
    }
    await page.waitForTimeout(SETTLE_MS);
    await page.goto(new URL(RETENTION, appUrl).toString());
    await retentionReady(page, timeout);
    await page.waitForTimeout(SETTLE_MS);
    await page.reload();
    const ms = await retentionReady(page, timeout);
    return { ms, marks: await startMarks(page), imported };
  });
}

/** Median of each mark present in every run (ms since navigation start). */
function medianMarks(runs) {
  if (runs.length === 0) return null;
  const names = Object.keys(runs[0]).filter((n) => runs.every((r) => n in r));
  return Object.fromEntries(
    names.map((n) => [n, summarize(runs.map((r) => r[n])).median_ms]).sort((a, b) => a[1] - b[1]),
  );
}

/** The figure, with both reloads' start-up marks (medians) to say where a gap comes from. */
export async function measureReloadWithImport(ctx, input, log) {
  const app = [];
  const bare = [];
  const appMarks = [];
  const bareMarks = [];
  for (let i = 0; i < ctx.runs; i++) {
    for (const withImport of i % 2 === 0 ? [true, false] : [false, true]) {
      const r = await reloadOnce(ctx.browser, ctx.urls.app, withImport ? input.path : null, TIMEOUT);
      if (withImport) {
        if (r.imported !== null && r.imported !== ROWS)
          throw new Error(`UI import loaded ${r.imported} rows, expected ${ROWS}`);
        // Reopened from the database file: a file read again is the IndexedDB fallback, not this figure.
        const reread = Object.keys(r.marks).filter((m) => m.startsWith('restore:reread:'));
        if (reread.length > 0)
          throw new Error(`the reload re-read ${reread.length} import(s) instead of reopening them`);
        app.push(r.ms);
        appMarks.push(r.marks);
      } else {
        bare.push(r.ms);
        bareMarks.push(r.marks);
      }
    }
    log(
      `reload_with_import_1m ${i + 1}/${ctx.runs}: Retention ready ${Math.round(app.at(-1))} ms after a 1M import, ${Math.round(bare.at(-1))} ms without`,
    );
  }
  const result = figure({
    uptake: app,
    reference: bare,
    referenceName: 'the same reload (Retention open, same visits) in a profile without imports',
    target: { ratio_max: 1.1 },
    note: 'reload with Retention open after a 1M-row "Import CSV" kept in the opfs:// database, until every Retention panel is ready',
    extra: {
      rows: input.rows,
      bytes: input.bytes,
      marks_median_ms: medianMarks(appMarks),
      ref_marks_median_ms: medianMarks(bareMarks),
    },
  });
  log(
    `reload_with_import_1m: ${result.median_ms} ms vs ${result.ref_median_ms} ms without imports, ratio ${result.ratio ?? 'n/a'} (target ≤ 1.1)`,
  );
  return result;
}
