#!/usr/bin/env node
/**
 * `npm run bench`: builds the app and the bench pages, serves them on localhost, drives
 * headless Chromium and prints a table; every Uptake figure is the median of several runs
 * (with min and max) paired with its reference measured in the same browser run.
 *
 *   npm run bench                 100k and 1M rows, 5 runs each
 *   npm run bench -- --quick      100k only, 3 runs, no thread comparison (what CI runs)
 *   npm run bench -- --large      adds 10M rows
 *   npm run bench -- --json       also writes bench-results.json (keys: README "Performance")
 *   npm run bench -- --runs 7     runs per figure
 *   npm run bench -- --only startup,import   a subset: bundle, transfer, startup_paint, startup, import, retention, projection, threads, second_visit,
 *                                            retention_lifecycle_1m, retention_brackets_1m, reload_with_import_1m
 *                                            (1M rows, even with --quick)
 *   npm run bench -- --no-build   reuse the last bench build in .cache/bench
 *
 * It never asserts speed: it exits non-zero only when something is broken (the app or the
 * engine fails to start, an import fails or loads the wrong row count, a feature throws).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appFirstChart, bareBoot, call, findChromium, launchBrowser, openLab } from './bench/browser.mjs';
import { measureBundle } from './bench/bundle.mjs';
import { measureTransfer } from './bench/transfer.mjs';
import { ensureEvents, sizeLabel } from './bench/inputs.mjs';
import { printReport } from './bench/report.mjs';
import { figure, floorEntry, notRun, summarize } from './bench/stats.mjs';
import { measureActivityImport } from './bench/activity-import.mjs';
import { uiImportOnce } from './bench/ui-import.mjs';
import { appSecondVisit, bareSecondVisit } from './bench/second-visit.mjs';
import { floorFirstVisit, floorSecondVisit } from './bench/floor.mjs';
import { measureStartupPaint } from './bench/startup-paint.mjs';
import { measureReloadWithImport } from './bench/reload-with-import.mjs';
import { startServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const APP_DIST = join(root, '.cache', 'bench', 'app');
const PAGES_DIST = join(root, '.cache', 'bench', 'pages');
const MEASURES = [
  'bundle',
  'transfer',
  'startup_paint',
  'startup',
  'import',
  'retention',
  'projection',
  'threads',
  'retention_lifecycle_1m',
  'second_visit',
  'retention_brackets_1m',
  'import_activity_1m',
  'reload_with_import_1m',
];
/** Retention views timed on 1M events, each against its naive query (scripts/bench/page/naive-views.ts). */
const RETENTION_VIEWS = { retention_lifecycle_1m: 'lifecycle', retention_brackets_1m: 'brackets' };
/** bench-results.json key order (README "Performance" documents the keys). */
const JSON_ORDER = [
  'schema_version',
  'generated_at',
  'mode',
  'runs',
  'elapsed_s',
  'machine',
  'startup_paint',
  'startup',
  'second_visit',
  'reload_with_import_1m',
  'bundle',
  'transfer',
  'import_100k',
  'import_1m',
  'import_10m',
  'import_activity_1m',
  'retention_100k',
  'retention_1m',
  'retention_10m',
  'projection',
  'threads',
  'retention_lifecycle_1m',
  'retention_brackets_1m',
];

// ------------------------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = { quick: false, large: false, json: false, build: true, runs: null, only: new Set(MEASURES) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--large') opts.large = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--only') opts.only = new Set(String(argv[++i]).split(','));
    else if (a === '--help' || a === '-h') {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('*/')[0]
          .replace(/^#.*\n\/\*\*\n/, '')
          .replace(/^ \* ?/gm, ''),
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  for (const m of opts.only)
    if (!MEASURES.includes(m)) throw new Error(`--only: unknown measure "${m}" (one of ${MEASURES.join(', ')})`);
  if (opts.runs !== null && (!Number.isInteger(opts.runs) || opts.runs < 1))
    throw new Error('--runs wants a positive integer');
  opts.runs ??= opts.quick ? 3 : 5;
  opts.sizes = opts.quick ? [100_000] : [100_000, 1_000_000, ...(opts.large ? [10_000_000] : [])];
  // The thread comparison uses the largest default size (1M); --quick skips it.
  opts.threadsSize = opts.quick ? null : 1_000_000;
  return opts;
}

const log = (msg) => console.log(`· ${msg}`);

/** Generous timeouts: they catch a hang, never a slow machine. */
function timeoutFor(rows) {
  return rows >= 10_000_000 ? 1_800_000 : rows >= 1_000_000 ? 600_000 : 180_000;
}
const START_TIMEOUT = 180_000;

// ------------------------------------------------------------------------------- build

function viteBuild(args) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

function build() {
  log('building the app (into .cache/bench/app, apart from dist/)…');
  viteBuild(['--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'warn']);
  log('building the bench pages (scripts/bench/page → .cache/bench/pages)…');
  viteBuild(['--config', join(root, 'scripts', 'bench', 'vite.bench.config.ts'), '--logLevel', 'error']);
}

// ------------------------------------------------------------------------------- machine

function machine(browserVersion) {
  const sh = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const osRelease = (() => {
    try {
      return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? null;
    } catch {
      return null;
    }
  })();
  const pkg = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    nproc: Number(sh('nproc', [])) || cpus().length,
    cpu: cpus()[0]?.model ?? null,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    os: osRelease ?? `Linux ${release()}`,
    node: process.version,
    chromium: browserVersion,
    duckdb_wasm: pkg('@duckdb/duckdb-wasm'),
    arquero: pkg('arquero'),
    papaparse: pkg('papaparse'),
  };
}

// ------------------------------------------------------------------------------- measures

/** Run `fn` and turn a throw into an error figure (and remember that the bench is broken). */
async function guarded(name, broken, fn) {
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`✗ ${name}: ${message}`);
    broken.push(`${name}: ${message}`);
    return figure({ status: 'error', note: message });
  }
}

function checkRows(what, got, expected) {
  if (got !== expected) throw new Error(`${what} loaded ${got} rows, expected ${expected}`);
}

/** Run i's order of the pages compared: each goes first in turn. */
function rotation(i, pages) {
  return pages.map((_, k) => pages[(i + k) % pages.length]);
}

// How near the start-up targets any app could come (bench/floor.mjs): the least work for the landing view's live rows.
const FLOOR_FIRST =
  "DuckDB-WASM boot in memory, read_csv of signups and launches, the landing view's four queries; nothing checked, stored or drawn";
const FLOOR_SECOND =
  'reload: DuckDB-WASM boot, reopen of those two tables from an opfs:// file, the four queries; nothing checked or drawn';

/** App first chart vs bare boot + one query (and the floor), each going first in turn. */
async function measureStartup(ctx) {
  const app = [];
  const bare = [];
  const floor = [];
  const engineBooted = [];
  let scripts = null;
  for (let i = 0; i < ctx.runs; i++) {
    for (const which of rotation(i, ['app', 'bare', 'floor'])) {
      if (which === 'floor') {
        floor.push(await floorFirstVisit(ctx.browser, ctx.urls.pages, START_TIMEOUT));
      } else if (which === 'app') {
        const r = await appFirstChart(ctx.browser, ctx.urls.app, START_TIMEOUT);
        app.push(r.ms);
        if (r.engineBootedMs !== null) engineBooted.push(r.engineBootedMs);
        scripts ??= r.scripts;
      } else {
        bare.push((await bareBoot(ctx.browser, new URL('bare.html', ctx.urls.pages).toString(), START_TIMEOUT)).ms);
      }
    }
    log(
      `startup ${i + 1}/${ctx.runs}: first chart ${Math.round(app.at(-1))} ms, bare boot + query ${Math.round(bare.at(-1))} ms, floor ${Math.round(floor.at(-1))} ms`,
    );
  }
  ctx.scriptsBeforeChart = scripts;
  const booted = figure({ uptake: engineBooted });
  return figure({
    uptake: app,
    reference: bare,
    referenceName: 'bare DuckDB-WASM boot + one query (same bundles and WASM preload as the app)',
    target: { ratio_max: 1.2 },
    extra: {
      engine_booted_median_ms: booted.median_ms,
      floor: floorEntry(FLOOR_FIRST, floor, bare),
    },
  });
}

/** A reload in the same profile (warm cache, stored database) vs the bare page's reload, alternating order. */
async function measureSecondVisit(ctx) {
  const app = [];
  const bare = [];
  const floor = [];
  const first = [];
  const csvSecond = [];
  for (let i = 0; i < ctx.runs; i++) {
    for (const which of rotation(i, ['app', 'bare', 'floor'])) {
      if (which === 'floor') {
        floor.push(await floorSecondVisit(ctx.browser, ctx.urls.pages, START_TIMEOUT));
      } else if (which === 'app') {
        const r = await appSecondVisit(ctx.browser, ctx.urls.app, START_TIMEOUT);
        if (r.csvFirst === 0) throw new Error('the first visit fetched no bundled file');
        app.push(r.ms);
        first.push(r.firstMs);
        csvSecond.push(r.csvSecond);
      } else {
        bare.push(await bareSecondVisit(ctx.browser, new URL('bare.html', ctx.urls.pages).toString(), START_TIMEOUT));
      }
    }
    log(
      `second visit ${i + 1}/${ctx.runs}: first chart ${Math.round(app.at(-1))} ms (first visit ${Math.round(first.at(-1))} ms, ${csvSecond.at(-1)} CSVs fetched), bare reload ${Math.round(bare.at(-1))} ms, floor reload ${Math.round(floor.at(-1))} ms`,
    );
  }
  const firstVisit = figure({ uptake: first });
  return figure({
    uptake: app,
    reference: bare,
    referenceName: 'reload of the bare page (DuckDB-WASM boot + one query, warm cache)',
    target: { ratio_max: 1.2 },
    note: 'same profile: reload after a first visit; the stored database holds the bundled data',
    extra: {
      first_visit_median_ms: firstVisit.median_ms,
      csv_fetched_max: Math.max(...csvSecond),
      floor: floorEntry(FLOOR_SECOND, floor, bare),
    },
  });
}

/** UI import vs bare read_csv, with the app's loadCsv, Arquero and papaparse as peers. */
async function measureImport(ctx, input) {
  const timeout = timeoutFor(input.rows);
  const labUrl = new URL('lab.html', ctx.urls.pages).toString();
  const withPeers = input.rows <= 1_000_000;
  const t = { ui: [], bare: [], loadCsv: [], arquero: [], papaparse: [] };
  const phases = [];
  let uiUnavailable = null;
  let loadCsvUnavailable = null;
  const label = sizeLabel(input.rows);
  for (let i = 0; i < ctx.runs; i++) {
    const uiFirst = i % 2 === 1;
    const ui = async () => {
      if (uiUnavailable) return;
      const r = await uiImportOnce(ctx.browser, ctx.urls.app, input.path, timeout);
      if (r.unavailable) uiUnavailable = r.unavailable;
      else {
        if (r.rows !== null) checkRows('UI import', r.rows, input.rows);
        t.ui.push(r.ms);
        if (r.phases) phases.push(r.phases);
      }
    };
    if (uiFirst) await ui();
    const lab = await openLab(ctx.browser, labUrl, { file: input.path, timeout });
    try {
      const bare = await call(lab, 'importBare');
      checkRows('bare read_csv', bare.rows, input.rows);
      t.bare.push(bare.ms);
      // The app's own loader copies the file into JS and runs a window function over it; at 10M that is ~1 GB of heap.
      if (!loadCsvUnavailable && withPeers) {
        const r = await call(lab, 'importLoadCsv');
        if (r.unavailable) loadCsvUnavailable = r.unavailable;
        else {
          checkRows('app loadCsv', r.rows, input.rows);
          t.loadCsv.push(r.ms);
        }
      }
      if (withPeers) {
        const aq = await call(lab, 'importArquero');
        checkRows('Arquero fromCSV', aq.rows, input.rows);
        t.arquero.push(aq.ms);
        const pp = await call(lab, 'importPapaparse');
        checkRows('papaparse', pp.rows, input.rows);
        t.papaparse.push(pp.ms);
      }
    } finally {
      await lab.close();
    }
    if (!uiFirst) await ui();
    const p = phases.at(-1);
    const split = p
      ? ` (${Object.entries(p)
          .map(([k, v]) => `${k} ${Math.round(v)}`)
          .join(', ')})`
      : '';
    log(
      `import ${label} ${i + 1}/${ctx.runs}: bare read_csv ${Math.round(t.bare.at(-1))} ms${t.ui.length ? `, UI ${Math.round(t.ui.at(-1))} ms${split}` : ''}`,
    );
  }
  const reference = 'bare DuckDB-WASM read_csv of the same File (registerFileHandle + CREATE TABLE AS)';
  const peer = (times, name, unavailable = null) =>
    unavailable
      ? figure({ status: 'not available', note: unavailable, reference: t.bare, referenceName: reference })
      : withPeers
        ? figure({ uptake: times, reference: t.bare, referenceName: reference, note: name })
        : notRun('skipped above 1M rows: peers hold the whole file in the JS heap');
  return figure({
    status: uiUnavailable ? 'not available' : 'ok',
    uptake: t.ui,
    reference: t.bare,
    referenceName: reference,
    target: { ratio_max: 1.1 },
    note: uiUnavailable ?? 'the app\'s Data section, "Import CSV", until the Datasets list names the file',
    extra: {
      rows: input.rows,
      bytes: input.bytes,
      generator: input.generator,
      // Median of each UI phase over the runs, from the app's performance marks.
      phases_median_ms: phases.length
        ? Object.fromEntries(Object.keys(phases[0]).map((k) => [k, summarize(phases.map((p) => p[k])).median_ms]))
        : null,
      peers: {
        app_load_csv: peer(
          t.loadCsv,
          'src/lib/datasets/ingest/load-csv.ts loadCsv (the bundled-file loader): bytes into JS, staging, rejects, one transaction',
          loadCsvUnavailable,
        ),
        arquero: peer(t.arquero, 'Arquero fromCSV(await file.text()), default type inference'),
        papaparse: peer(t.papaparse, 'papaparse parse(await file.text(), { header: true }), values as strings'),
      },
    },
  });
}

/** Retention recompute after a control change (the feature's api) vs the naive cohort query. */
async function measureRetention(ctx, input) {
  const timeout = timeoutFor(input.rows);
  const lab = await openLab(ctx.browser, new URL('lab.html', ctx.urls.pages).toString(), { file: input.path, timeout });
  const label = sizeLabel(input.rows);
  try {
    const loaded = await call(lab, 'loadEvents');
    checkRows('events table', loaded.rows, input.rows);
    const status = await call(lab, 'retentionStatus');
    const naive = [];
    const recompute = [];
    const prepare = [];
    if (status.ready) {
      for (let i = 0; i < ctx.runs; i++) prepare.push((await call(lab, 'retentionPrepare')).ms);
      // One untimed recompute: the first query after preparing is not a control change.
      await call(lab, 'retentionRecompute', ctx.runs);
    }
    for (let i = 0; i < ctx.runs; i++) {
      const n = await call(lab, 'naiveRetention');
      if (n.rows === 0) throw new Error('the naive cohort query returned no rows');
      naive.push(n.ms);
      if (status.ready) {
        const r = await call(lab, 'retentionRecompute', i);
        if (r.rows === 0) throw new Error('the retention api returned no rows for the events');
        recompute.push(r.ms);
      }
      log(
        `retention ${label} ${i + 1}/${ctx.runs}: naive ${Math.round(naive.at(-1))} ms${recompute.length ? `, recompute ${Math.round(recompute.at(-1))} ms` : ''}`,
      );
    }
    const prep = figure({ uptake: prepare });
    return figure({
      status: status.ready ? 'ok' : 'not available',
      uptake: recompute,
      reference: naive,
      referenceName:
        'naive cohort query on raw events (first signup per user, distinct active offsets, weekly cohorts × day 0–90)',
      target: { median_ms_max: 150 },
      note: status.ready ? status.description : status.unavailable,
      extra: {
        rows: input.rows,
        prepare_median_ms: prep.median_ms,
        prepare_min_ms: prep.min_ms,
        prepare_max_ms: prep.max_ms,
        load_ms: Math.round(loaded.ms),
      },
    });
  } finally {
    await lab.close();
  }
}

/**
 * A retention view's recompute after a control change (the feature's api, on the prepared
 * tables) vs its naive query over the raw events, alternating in one page.
 */
async function measureRetentionView(ctx, input, view) {
  const lab = await openLab(ctx.browser, new URL('lab.html', ctx.urls.pages).toString(), {
    file: input.path,
    timeout: timeoutFor(input.rows),
  });
  const label = `${view} ${sizeLabel(input.rows)}`;
  try {
    const loaded = await call(lab, 'loadEvents');
    checkRows('events table', loaded.rows, input.rows);
    const status = await call(lab, 'retentionViewStatus', view);
    const prepared = status.ready ? await call(lab, 'retentionStatus') : null;
    if (prepared && !prepared.ready) throw new Error(`retention preparation unavailable: ${prepared.unavailable}`);
    const prepare = prepared ? (await call(lab, 'retentionPrepare')).ms : null;
    const viewPrepare = prepared ? (await call(lab, 'retentionViewPrepare', view)).ms : null;
    // One untimed call each: the first query after preparing is not a control change.
    if (status.ready) await call(lab, 'retentionViewRecompute', { view, step: ctx.runs });
    await call(lab, 'naiveRetentionView', view);
    const naive = [];
    const recompute = [];
    for (let i = 0; i < ctx.runs; i++) {
      const n = await call(lab, 'naiveRetentionView', view);
      if (n.rows === 0) throw new Error(`the naive ${view} query returned no rows`);
      naive.push(n.ms);
      if (status.ready) {
        const r = await call(lab, 'retentionViewRecompute', { view, step: i });
        if (r.rows === 0) throw new Error(`the ${view} api returned no rows for the events`);
        recompute.push(r.ms);
      }
      log(
        `${label} ${i + 1}/${ctx.runs}: naive ${Math.round(naive.at(-1))} ms${recompute.length ? `, recompute ${Math.round(recompute.at(-1))} ms` : ''}`,
      );
    }
    return figure({
      status: status.ready ? 'ok' : 'not available',
      uptake: recompute,
      reference: naive,
      referenceName: `naive ${view} query on raw events (nothing prepared)`,
      target: { median_ms_max: 150 },
      note: status.ready ? status.description : status.unavailable,
      extra: {
        rows: input.rows,
        prepare_ms: prepare === null ? null : Math.round(prepare),
        view_prepare_ms: viewPrepare === null ? null : Math.round(viewPrepare),
        load_ms: Math.round(loaded.ms),
      },
    });
  } finally {
    await lab.close();
  }
}

const fixed = (x, digits = 2) => (x === null || x === undefined ? '–' : x.toFixed(digits));

/** The MASE table (per model against the naive forecast) as the bench log prints it. */
function maseTableText(rows) {
  const head = ['Model', 'MASE 3m', 'MASE 6m', 'MASE 12m', '80% band coverage'];
  const body = rows.map((r) => [
    r.label,
    fixed(r.mase3),
    fixed(r.mase6),
    fixed(r.mase12),
    r.coverage === null ? '–' : `${Math.round(r.coverage * 100)}% of ${r.banded}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...body.map(line)];
}

/** Projection fit + project + rolling evaluation of every model (warm), project-only, and the MASE table. */
async function measureProjection(ctx) {
  const lab = await openLab(ctx.browser, new URL('lab.html', ctx.urls.pages).toString(), { timeout: START_TIMEOUT });
  try {
    const status = await call(lab, 'projectionStatus');
    if (!status.ready) return figure({ status: 'not available', note: status.unavailable });
    const first = await call(lab, 'projectionFitAndProject');
    if (first.rows === 0) throw new Error('the projection returned no rows');
    const fit = [];
    const project = [];
    const evaluation = [];
    for (let i = 0; i < ctx.runs; i++) {
      fit.push((await call(lab, 'projectionFitAndProject')).ms);
      project.push((await call(lab, 'projectionProjectOnly', i)).ms);
      evaluation.push((await call(lab, 'projectionEvaluate')).ms);
    }
    log(
      `projection: fit + project + rolling evaluation ${Math.round(fit.reduce((a, b) => a + b) / fit.length)} ms mean`,
    );
    const mase = await call(lab, 'projectionMase');
    log(`projection: MASE against the naive forecast (below 1 beats it); ${status.description}`);
    for (const l of maseTableText(mase)) log(`  ${l}`);
    const only = figure({ uptake: project });
    const evaluated = figure({ uptake: evaluation });
    return figure({
      uptake: fit,
      note: status.description,
      extra: {
        first_call_ms: Math.round(first.ms * 10) / 10,
        project_only_median_ms: only.median_ms,
        project_only_min_ms: only.min_ms,
        project_only_max_ms: only.max_ms,
        evaluation_median_ms: evaluated.median_ms,
        evaluation_min_ms: evaluated.min_ms,
        evaluation_max_ms: evaluated.max_ms,
        mase,
      },
    });
  } finally {
    await lab.close();
  }
}

/**
 * Single-threaded (eh, what the app ships) vs multi-threaded (coi) DuckDB-WASM: boot, bare
 * read_csv of a File, naive cohort query. Exploratory: a step that fails is counted and
 * reported (it is a finding about the build), and the other steps go on.
 */
async function measureThreads(ctx, input) {
  const steps = ['boot', 'import', 'naive_retention'];
  const times = { single: {}, coi: {} };
  const failures = { single: {}, coi: {} };
  for (const v of ['single', 'coi']) {
    for (const step of steps) {
      times[v][step] = [];
      failures[v][step] = [];
    }
  }
  let coiInfo = null;
  const timeout = timeoutFor(input.rows);
  const attempt = async (variant, step, fn) => {
    try {
      const ms = await fn();
      times[variant][step].push(ms);
      return Math.round(ms);
    } catch (error) {
      failures[variant][step].push((error instanceof Error ? error.message : String(error)).slice(0, 240));
      return 'failed';
    }
  };
  for (let i = 0; i < ctx.runs; i++) {
    const got = { single: {}, coi: {} };
    for (const variant of i % 2 === 0 ? ['single', 'coi'] : ['coi', 'single']) {
      const base = variant === 'coi' ? ctx.urls.pagesCoi : ctx.urls.pages;
      got[variant].boot = await attempt(variant, 'boot', async () => {
        const b = await bareBoot(
          ctx.browser,
          new URL(variant === 'coi' ? 'bare-coi.html' : 'bare.html', base).toString(),
          START_TIMEOUT,
        );
        if (variant === 'coi') coiInfo = b;
        return b.ms;
      });
      // A fresh page per step: a failed read can leave the engine unusable.
      got[variant].import = await attempt(variant, 'import', async () => {
        const lab = await openLab(ctx.browser, new URL('lab.html', base).toString(), {
          file: input.path,
          variant,
          timeout,
        });
        try {
          const r = await call(lab, 'importBare');
          checkRows(`${variant} read_csv`, r.rows, input.rows);
          return r.ms;
        } finally {
          await lab.close();
        }
      });
      got[variant].naive = await attempt(variant, 'naive_retention', async () => {
        const lab = await openLab(ctx.browser, new URL('lab.html', base).toString(), {
          file: input.path,
          variant,
          timeout,
        });
        try {
          const loaded = await call(lab, 'loadEvents');
          checkRows(`${variant} events`, loaded.rows, input.rows);
          await call(lab, 'naiveRetention');
          return (await call(lab, 'naiveRetention')).ms;
        } finally {
          await lab.close();
        }
      });
    }
    const { single, coi } = got;
    log(
      `threads ${i + 1}/${ctx.runs} (eh vs coi): boot ${single.boot} vs ${coi.boot} ms, read_csv ${single.import} vs ${coi.import} ms, naive ${single.naive} vs ${coi.naive} ms`,
    );
  }
  if (coiInfo && coiInfo.bundle !== 'coi')
    throw new Error(`the cross-origin isolated page fell back to the ${coiInfo.bundle} bundle`);
  const what = {
    boot: 'boot + one query, from navigation start',
    import: `bare read_csv of a ${sizeLabel(input.rows)}-row File (registerFileHandle), fresh page`,
    naive_retention: `naive cohort query on ${sizeLabel(input.rows)} rows (second run in the page)`,
  };
  const out = { rows: input.rows, coi_threads: coiInfo?.threads ?? null };
  for (const step of steps) {
    const failed = failures.coi[step].length + failures.single[step].length;
    out[step] = figure({
      status: times.coi[step].length === 0 ? 'error' : 'ok',
      uptake: times.coi[step],
      reference: times.single[step],
      referenceName: 'single-threaded eh build (what the app ships)',
      note: `multi-threaded coi build${coiInfo ? `, ${coiInfo.threads} threads` : ''}: ${what[step]}`,
      extra: {
        coi_failures: failures.coi[step].length,
        single_failures: failures.single[step].length,
        ...(failed > 0 ? { first_failure: failures.coi[step][0] ?? failures.single[step][0] } : {}),
      },
    });
  }
  return out;
}

// ------------------------------------------------------------------------------- main

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const started = Date.now();
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    console.error(
      "No Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Install Debian's chromium package: apt-get install chromium.",
    );
    process.exit(1);
  }
  if (opts.build) build();

  const inputs = new Map();
  if (opts.only.has('import') || opts.only.has('retention') || opts.only.has('threads')) {
    for (const rows of new Set([...opts.sizes, ...(opts.threadsSize ? [opts.threadsSize] : [])]))
      inputs.set(rows, await ensureEvents(root, rows, log));
  }
  // The retention views are timed on 1M events: under --quick only when asked for by name.
  const named = process.argv.includes('--only');
  const views = Object.keys(RETENTION_VIEWS).filter((key) => opts.only.has(key) && (!opts.quick || named));
  const reloadWithImport = opts.only.has('reload_with_import_1m') && (!opts.quick || named);
  if ((views.length > 0 || reloadWithImport) && !inputs.has(1_000_000))
    inputs.set(1_000_000, await ensureEvents(root, 1_000_000, log));

  const servers = {
    app: await startServer({ root: APP_DIST, port: 0 }),
    pages: await startServer({ root: PAGES_DIST, port: 0 }),
    pagesCoi: await startServer({ root: PAGES_DIST, port: 0, crossOriginIsolated: true }),
  };
  const browser = await launchBrowser(chromiumPath);
  const broken = [];
  const ctx = {
    browser,
    runs: opts.runs,
    urls: { app: servers.app.url, pages: servers.pages.url, pagesCoi: servers.pagesCoi.url },
    scriptsBeforeChart: null,
  };
  const results = {
    schema_version: 1,
    generated_at: new Date().toISOString(),
    mode: opts.quick ? 'quick' : opts.large ? 'large' : 'default',
    runs: opts.runs,
    machine: machine(browser.version()),
  };
  try {
    const skipped = () => notRun(`not selected (--only ${[...opts.only].join(',')})`);
    results.startup_paint = opts.only.has('startup_paint')
      ? await guarded('startup_paint', broken, () => measureStartupPaint(ctx, { log, timeout: START_TIMEOUT }))
      : skipped();
    results.startup = opts.only.has('startup')
      ? await guarded('startup', broken, () => measureStartup(ctx))
      : skipped();
    results.second_visit = opts.only.has('second_visit')
      ? await guarded('second_visit', broken, () => measureSecondVisit(ctx))
      : skipped();
    results.bundle = opts.only.has('bundle')
      ? await guarded('bundle', broken, async () =>
          // Without the startup runs, one cold start says which chunks the boot requests.
          measureBundle(
            APP_DIST,
            ctx.scriptsBeforeChart ?? (await appFirstChart(ctx.browser, ctx.urls.app, START_TIMEOUT)).scripts,
          ),
        )
      : skipped();
    results.transfer = opts.only.has('transfer')
      ? await guarded('transfer', broken, () => measureTransfer(ctx.browser, ctx.urls.app, START_TIMEOUT))
      : skipped();

    for (const rows of [100_000, 1_000_000, 10_000_000]) {
      const label = sizeLabel(rows);
      const why = rows === 10_000_000 ? 'run with --large' : '--quick runs the 100k size only';
      const input = inputs.get(rows);
      if (opts.only.has('import')) {
        results[`import_${label}`] = opts.sizes.includes(rows)
          ? await guarded(`import_${label}`, broken, () => measureImport(ctx, input))
          : notRun(why);
      }
      if (opts.only.has('retention')) {
        results[`retention_${label}`] = opts.sizes.includes(rows)
          ? await guarded(`retention_${label}`, broken, () => measureRetention(ctx, input))
          : notRun(why);
      }
    }
    for (const key of ['import_1m', 'import_10m', 'retention_1m', 'retention_10m']) results[key] ??= skipped();
    for (const key of Object.keys(RETENTION_VIEWS)) {
      results[key] = views.includes(key)
        ? await guarded(key, broken, () => measureRetentionView(ctx, inputs.get(1_000_000), RETENTION_VIEWS[key]))
        : notRun(opts.only.has(key) ? `--quick runs it only when named: --only ${key}` : 'not selected');
    }
    // A 1M-row activity log through the UI: under --quick only when asked for by name.
    results.import_activity_1m =
      opts.only.has('import_activity_1m') && (!opts.quick || process.argv.includes('--only'))
        ? await guarded('import_activity_1m', broken, () => measureActivityImport(ctx, root, log))
        : notRun(
            opts.only.has('import_activity_1m')
              ? '--quick runs it only when named: --only import_activity_1m'
              : 'not selected',
          );
    // A reload after a 1M-row import, Retention open: under --quick only when asked for by name.
    results.reload_with_import_1m = reloadWithImport
      ? await guarded('reload_with_import_1m', broken, () => measureReloadWithImport(ctx, inputs.get(1_000_000), log))
      : notRun(
          opts.only.has('reload_with_import_1m')
            ? '--quick runs it only when named: --only reload_with_import_1m'
            : 'not selected',
        );
    results.projection = opts.only.has('projection')
      ? await guarded('projection', broken, () => measureProjection(ctx))
      : skipped();

    if (opts.only.has('threads') && opts.threadsSize) {
      // Exploratory: a failure of the multi-threaded build is a finding, not a broken bench.
      try {
        results.threads = await measureThreads(ctx, inputs.get(opts.threadsSize));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`! threads (multi-threaded DuckDB-WASM): ${message}`);
        results.threads = { status: 'error', note: message };
      }
    } else {
      results.threads = {
        status: 'not run',
        note: opts.quick ? '--quick skips the thread comparison' : 'not selected',
      };
    }
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) await s.close();
  }
  results.elapsed_s = Math.round((Date.now() - started) / 1000);

  printReport(results);
  if (opts.json) {
    const ordered = Object.fromEntries(
      [...JSON_ORDER.filter((k) => k in results), ...Object.keys(results).filter((k) => !JSON_ORDER.includes(k))].map(
        (k) => [k, results[k]],
      ),
    );
    writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(ordered, null, 2)}\n`);
    log('wrote bench-results.json');
  }
  if (broken.length > 0) {
    console.error(`\nThe bench found something broken (not slow):\n${broken.map((b) => `  - ${b}`).join('\n')}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
