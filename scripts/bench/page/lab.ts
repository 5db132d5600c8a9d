/**
 * The benchmark workbench: one page that boots DuckDB-WASM through the app's own engine
 * code (src/lib/db/browser-engine.ts + connection-db.ts) — or the multi-threaded build for
 * comparison — and exposes timing functions on `window.bench` for scripts/bench.mjs to call
 * through playwright. Every function times itself with performance.now() and returns plain
 * numbers; the Node side takes medians. The events file arrives through the page's
 * <input type=file> (playwright's setInputFiles), so DuckDB reads a real File exactly as the
 * app's "Import CSV" path does.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { fromCSV } from 'arquero';
import Papa from 'papaparse';
import { bootBrowserEngine } from '../../../src/lib/db/browser-engine';
import { createDb, type Engine } from '../../../src/lib/db/connection-db';
import { getDatabase } from '../../../src/app/boot';
import type { Db } from '../../../src/lib/db/types';
import { ident, literal } from '../../../src/lib/sql/ident';
import {
  appDatasetTables,
  appLoadCsv,
  eventsSchema,
  projectionWiring,
  retentionViewWiring,
  retentionWiring,
  type MaseRow,
  type ProjectionWiring,
  type RetentionView,
  type RetentionViewWiring,
  type RetentionWiring,
} from './app-modules';
import { naiveBracketsSql, naiveLifecycleSql } from './naive-views';
import { bootRaw, threadsOf, type BundleName, type Variant } from './bundles';

/** One timed call: milliseconds and the rows it produced (checked by the Node side). */
export interface Timed {
  readonly ms: number;
  readonly rows: number;
}
export interface Unavailable {
  readonly unavailable: string;
}
export interface BootInfo {
  readonly ms: number;
  readonly bundle: BundleName;
  readonly threads: number;
  readonly crossOriginIsolated: boolean;
}

interface State {
  raw: duckdb.AsyncDuckDB;
  db: Db;
}

let state: State | undefined;
let fileSeq = 0;
let retention: RetentionWiring | undefined;
let projection: ProjectionWiring | undefined;
const retentionViews = new Map<RetentionView, RetentionViewWiring>();
/** Each retention view's naive reference, given the quoted events table. */
const NAIVE_VIEWS: Readonly<Record<RetentionView, (events: string) => string>> = {
  lifecycle: naiveLifecycleSql,
  brackets: naiveBracketsSql,
};

function current(): State {
  if (!state) throw new Error('bench: call boot() first');
  return state;
}

function pickedFile(): File {
  const file = document.querySelector<HTMLInputElement>('#file')?.files?.[0];
  if (!file) throw new Error('bench: no events file was set on #file');
  return file;
}

/** The same mapping browser-engine.ts makes, for the multi-threaded engine the app does not ship. */
function engineOf(raw: duckdb.AsyncDuckDB): Engine {
  return {
    connect: () => raw.connect(),
    registerFileBuffer: (name, bytes) => raw.registerFileBuffer(name, bytes),
    dropFile: async (name) => {
      await raw.dropFile(name);
    },
  };
}

/** `read_csv` with the EVENTS schema's declared columns and otherwise DuckDB's defaults. */
function readEventsSql(file: string): string {
  const columns = eventsSchema()
    .columns.map((c) => `${literal(c.name)}: ${literal(c.type)}`)
    .join(', ');
  return `read_csv(${literal(file)}, header = true, columns = {${columns}})`;
}

async function count(db: Db, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${ident(table)}`);
  return row?.n ?? 0;
}

async function registerPicked(raw: duckdb.AsyncDuckDB): Promise<string> {
  const name = `bench_events_${++fileSeq}.csv`;
  await raw.registerFileHandle(name, pickedFile(), duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
  return name;
}

/**
 * Read a small CSV of the events schema once, untimed. When the app imports a file its
 * engine has already read the bundled CSVs, so DuckDB's CSV reader is compiled and warm;
 * the references start from the same state rather than paying WASM tier-up alone.
 */
async function warmUp(raw: duckdb.AsyncDuckDB, db: Db): Promise<void> {
  const lines = ['user_id,platform,region,signup_date,activity_date,kind'];
  for (let i = 0; i < 2000; i++)
    lines.push(`w${i},Threads,EU-27,2023-12-14,2023-12-${String(14 + (i % 17)).padStart(2, '0')},modelled`);
  await raw.registerFileBuffer('bench_warm.csv', new TextEncoder().encode(`${lines.join('\n')}\n`));
  await db.exec(`CREATE TABLE bench_warm AS SELECT * FROM ${readEventsSql('bench_warm.csv')}`);
  await db.exec('DROP TABLE bench_warm');
  await raw.dropFile('bench_warm.csv');
}

const bench = {
  /**
   * Boot an engine: `single` is the app's own bootBrowserEngine().open(); `coi` the multi-threaded
   * build (selected only when this page is cross-origin isolated). Returns the boot time.
   */
  async boot(variant: Variant): Promise<BootInfo> {
    const t0 = performance.now();
    let raw: duckdb.AsyncDuckDB;
    let engine: Engine;
    let bundle: BundleName;
    if (variant === 'single') {
      const started = await (await bootBrowserEngine()).open();
      raw = started.db;
      engine = started.engine;
      // browser-engine.ts picks eh where WASM exceptions work, else mvp (DuckDB's selectBundle rule).
      bundle = (await duckdb.getPlatformFeatures()).wasmExceptions ? 'eh' : 'mvp';
    } else {
      const started = await bootRaw('coi');
      raw = started.db;
      engine = engineOf(raw);
      bundle = started.bundle;
    }
    const db = await createDb(engine);
    await db.query('SELECT 1');
    const ms = performance.now() - t0;
    state = { raw, db };
    await warmUp(raw, db);
    // Where the app keeps datasets, so loadCsv and the retention timings find it (untimed).
    await appDatasetTables()?.create(db);
    return { ms, bundle, threads: await threadsOf(raw), crossOriginIsolated: globalThis.crossOriginIsolated };
  },

  /** The picked file's name and size, so the Node side can check it handed over the right one. */
  file(): { name: string; size: number } {
    const file = pickedFile();
    return { name: file.name, size: file.size };
  },

  /** Reference: register the File and `CREATE TABLE … AS SELECT * FROM read_csv(…)`, nothing else. */
  async importBare(): Promise<Timed> {
    const { raw, db } = current();
    const t0 = performance.now();
    const name = await registerPicked(raw);
    await db.exec(`CREATE TABLE bench_bare AS SELECT * FROM ${readEventsSql(name)}`);
    const ms = performance.now() - t0;
    const rows = await count(db, 'bench_bare');
    await db.exec('DROP TABLE bench_bare');
    await raw.dropFile(name);
    return { ms, rows };
  },

  /**
   * Reference for an activity log: register the File and `CREATE TABLE … AS SELECT * FROM
   * read_csv(…)` with DuckDB's own type detection, as an analyst would read any CSV.
   */
  async importBareDetected(): Promise<Timed> {
    const { raw, db } = current();
    const t0 = performance.now();
    const name = await registerPicked(raw);
    await db.exec(`CREATE TABLE bench_bare_detected AS SELECT * FROM read_csv(${literal(name)}, header = true)`);
    const ms = performance.now() - t0;
    const rows = await count(db, 'bench_bare_detected');
    await db.exec('DROP TABLE bench_bare_detected');
    await raw.dropFile(name);
    return { ms, rows };
  },

  /**
   * The floor of an activity-log import: the least SQL that turns the picked
   * `user_id,event,timestamp` file into the events table's columns with first-activity
   * signup days, written by hand for this one file (its types known, nothing checked,
   * nothing stored, no problem rows). The app's import does this and more; it cannot be
   * faster than this.
   */
  async importActivityFloor(): Promise<Timed> {
    const { raw, db } = current();
    const t0 = performance.now();
    const name = await registerPicked(raw);
    const typed = `read_csv(${literal(name)}, header = true, columns = {'user_id': 'VARCHAR', 'event': 'VARCHAR', 'timestamp': 'TIMESTAMP'})`;
    await db.exec(
      `CREATE TEMP TABLE bench_floor_days AS SELECT user_id, CAST("timestamp" AS DATE) AS day FROM ${typed}`,
    );
    await db.exec(`CREATE TABLE bench_floor AS
SELECT d.user_id, 'Mine' AS platform, 'global' AS region, f.first_day AS signup_date, d.day AS activity_date, 'reported' AS kind
FROM bench_floor_days d JOIN (SELECT user_id, min(day) AS first_day FROM bench_floor_days GROUP BY ALL) f USING (user_id)`);
    const ms = performance.now() - t0;
    const rows = await count(db, 'bench_floor');
    await db.exec('DROP TABLE bench_floor; DROP TABLE bench_floor_days');
    await raw.dropFile(name);
    return { ms, rows };
  },

  /**
   * The app's own CSV loader (src/lib/datasets/ingest/load-csv.ts, what loads the bundled files):
   * bytes read into JS, header check, typed staging table with reject collection,
   * required-value check, one transaction into the live table.
   */
  async importLoadCsv(): Promise<Timed | Unavailable> {
    const loadCsv = appLoadCsv();
    if (!loadCsv) return { unavailable: 'src/lib/datasets/ingest/load-csv.ts no longer exports loadCsv' };
    const { db } = current();
    const schema = eventsSchema();
    const tables = appDatasetTables();
    if (!tables)
      return {
        unavailable:
          'src/lib/datasets/store/live-view.ts no longer exports createDatasetStore, attachDataset and removeDataset',
      };
    const file = pickedFile();
    await tables.remove(db, 'bench');
    const t0 = performance.now();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const rows = await loadCsv(db, { schema, fileName: file.name, bytes, datasetId: 'bench' });
    const ms = performance.now() - t0;
    await tables.remove(db, 'bench');
    return { ms, rows };
  },

  /** Peer: Arquero's fromCSV on the file's text (type inference on, as by default). */
  async importArquero(): Promise<Timed> {
    const t0 = performance.now();
    const text = await pickedFile().text();
    const table = fromCSV(text);
    const ms = performance.now() - t0;
    return { ms, rows: table.numRows() };
  },

  /** Peer: papaparse on the file's text, header row on, values kept as strings. */
  async importPapaparse(): Promise<Timed> {
    const t0 = performance.now();
    const text = await pickedFile().text();
    const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const ms = performance.now() - t0;
    if (result.errors.length > 0) throw new Error(`papaparse: ${result.errors[0]?.message ?? 'error'}`);
    return { ms, rows: result.data.length };
  },

  /** Load the picked file where the app keeps an events dataset (its own table, in the live view), for the retention timings. */
  async loadEvents(): Promise<Timed> {
    const { raw, db } = current();
    const tables = appDatasetTables();
    if (!tables)
      throw new Error(
        'src/lib/datasets/store/live-view.ts no longer exports createDatasetStore, attachDataset and removeDataset',
      );
    const schema = eventsSchema();
    const t0 = performance.now();
    const name = await registerPicked(raw);
    await tables.remove(db, 'bench');
    await db.exec(`CREATE TABLE bench_events AS SELECT * FROM ${readEventsSql(name)}`);
    const rows = await count(db, 'bench_events');
    await tables.attach(db, {
      dataset_id: 'bench',
      kind: 'events',
      storage_table: 'bench_events',
      file_name: name,
      origin: 'imported',
      rows,
    });
    const ms = performance.now() - t0;
    await raw.dropFile(name);
    return { ms, rows: await count(db, schema.table) };
  },

  /**
   * Reference for retention: the naive cohort query straight from raw events — each user's
   * cohort (first signup day, weekly), their distinct active day offsets, and retained /
   * cohort size per platform, weekly cohort and day 0–90 (N-day retention).
   */
  async naiveRetention(): Promise<Timed> {
    const { db } = current();
    const events = ident(eventsSchema().table);
    const t0 = performance.now();
    const rows = await db.query(`-- bench/naive-cohort
WITH firsts AS (
  SELECT platform, user_id, min(signup_date) AS signup_day FROM ${events} GROUP BY platform, user_id
), sizes AS (
  SELECT platform, date_trunc('week', signup_day) AS cohort, count(*) AS cohort_size FROM firsts GROUP BY ALL
), active AS (
  SELECT DISTINCT e.platform, e.user_id, date_trunc('week', f.signup_day) AS cohort,
         date_diff('day', f.signup_day, e.activity_date) AS day_offset
  FROM ${events} e JOIN firsts f USING (platform, user_id)
)
SELECT a.platform, a.cohort, a.day_offset, count(*) AS retained, any_value(s.cohort_size) AS cohort_size,
       count(*) / any_value(s.cohort_size) AS share
FROM active a JOIN sizes s USING (platform, cohort)
WHERE a.day_offset BETWEEN 0 AND 90
GROUP BY ALL
ORDER BY ALL`);
    return { ms: performance.now() - t0, rows: rows.length };
  },

  /** Whether the retention feature can be called; the reason when not. */
  async retentionStatus(): Promise<{ ready: true; description: string } | Unavailable> {
    const found = await retentionWiring();
    if ('unavailable' in found) return found;
    retention = found.wiring;
    return { ready: true, description: found.wiring.description };
  },

  /** The feature's one-time preparation over the loaded events. */
  async retentionPrepare(): Promise<Timed> {
    if (!retention) throw new Error('bench: retentionStatus() found no retention api');
    const t0 = performance.now();
    await retention.prepare(current().db);
    return { ms: performance.now() - t0, rows: 0 };
  },

  /** One recompute after a control change (the control alternates with `step`). */
  async retentionRecompute(step: number): Promise<Timed> {
    if (!retention) throw new Error('bench: retentionStatus() found no retention api');
    const t0 = performance.now();
    const rows = await retention.recompute(current().db, step);
    return { ms: performance.now() - t0, rows };
  },

  /** Whether a retention view (lifecycle, …) can be called; the reason when not. */
  async retentionViewStatus(view: RetentionView): Promise<{ ready: true; description: string } | Unavailable> {
    const found = await retentionViewWiring(view);
    if ('unavailable' in found) return found;
    retentionViews.set(view, found.wiring);
    return { ready: true, description: found.wiring.description };
  },

  /** The view's own one-time preparation, after the events'. */
  async retentionViewPrepare(view: RetentionView): Promise<Timed> {
    const wiring = retentionViews.get(view);
    if (!wiring) throw new Error(`bench: retentionViewStatus(${view}) found no api`);
    const t0 = performance.now();
    await wiring.prepare(current().db);
    return { ms: performance.now() - t0, rows: 0 };
  },

  /** One recompute of a retention view after a control change, on the prepared tables. */
  async retentionViewRecompute({ view, step }: { view: RetentionView; step: number }): Promise<Timed> {
    const wiring = retentionViews.get(view);
    if (!wiring) throw new Error(`bench: retentionViewStatus(${view}) found no api`);
    const t0 = performance.now();
    const rows = await wiring.recompute(current().db, step);
    return { ms: performance.now() - t0, rows };
  },

  /** The view's naive reference: the same figures straight from raw events, nothing prepared. */
  async naiveRetentionView(view: RetentionView): Promise<Timed> {
    const { db } = current();
    const t0 = performance.now();
    const rows = await db.query(NAIVE_VIEWS[view](ident(eventsSchema().table)));
    return { ms: performance.now() - t0, rows: rows.length };
  },

  /**
   * Projection: boots the app's own database (getDatabase(): the bundled data, exactly as the
   * app loads it) and reads the model's inputs through the feature's api.
   */
  async projectionStatus(): Promise<{ ready: true; description: string } | Unavailable> {
    const found = await projectionWiring(await getDatabase());
    if ('unavailable' in found) return found;
    projection = found.wiring;
    return { ready: true, description: found.wiring.description };
  },

  /**
   * Fit + project + rolling evaluation: the Bass fit, its bootstrap and the 365-day
   * projection, then every growth model and baseline fitted and evaluated by rolling origin.
   */
  projectionFitAndProject(): Timed {
    if (!projection) throw new Error('bench: projectionStatus() found no projection api');
    const t0 = performance.now();
    const result = projection.fitAndProject();
    return { ms: performance.now() - t0, rows: result.rows.length };
  },

  /** The rolling evaluation alone (every model and baseline), to show its share of the full recompute. */
  projectionEvaluate(): Timed {
    if (!projection) throw new Error('bench: projectionStatus() found no projection api');
    const t0 = performance.now();
    projection.evaluate();
    return { ms: performance.now() - t0, rows: 0 };
  },

  /** Each model's MASE at 3, 6 and 12 months and band coverage, for the bench to print. */
  projectionMase(): MaseRow[] {
    if (!projection) throw new Error('bench: projectionStatus() found no projection api');
    return projection.maseTable();
  },

  /** Project only, from an existing fit (a market / churn control change). */
  projectionProjectOnly(step: number): Timed {
    if (!projection) throw new Error('bench: projectionStatus() found no projection api');
    const t0 = performance.now();
    const result = projection.projectOnly(step) as { rows?: unknown[] };
    return { ms: performance.now() - t0, rows: result.rows?.length ?? 0 };
  },
};

export type BenchApi = typeof bench;

declare global {
  interface Window {
    bench?: BenchApi;
  }
}

window.bench = bench;
const out = document.getElementById('out');
if (out) out.textContent = 'ready';
