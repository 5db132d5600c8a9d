import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Engine } from './connection-db';
import { mark } from '../perf/mark';

/**
 * The bundles are served by the app itself (Vite emits them as assets), never a CDN.
 * Only the single-threaded builds ship: on two cores the threaded build boots slower
 * and needs COOP/COEP headers on every host the app is served from.
 */
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

const QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true };

/** An engine whose worker has compiled and instantiated the WASM, with no database open yet. */
export interface BootedEngine {
  /**
   * Open the database at `path` (an `opfs://` file, read and written in place), or an
   * in-memory one without it. Once only: when the file cannot be opened the worker is
   * ended, letting go of the file, and the error thrown.
   */
  open(path?: string): Promise<StartedEngine>;
}

/** A running engine and its database. */
export interface StartedEngine {
  readonly engine: Engine;
  readonly db: duckdb.AsyncDuckDB;
}

/**
 * Boot DuckDB-WASM in its own Worker up to an instantiated module: the slow part of
 * start-up (fetching and compiling ~30 MB of WASM), which needs no decision about where the
 * database lives, so it can run while that decision is made.
 */
export async function bootBrowserEngine(): Promise<BootedEngine> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new Error('DuckDB-WASM: no worker in the selected bundle');
  const worker = new Worker(bundle.mainWorker, { type: 'classic' });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    mark('engine:instantiated');
  } catch (error) {
    await db.terminate();
    throw error;
  }
  return { open: (path) => openOn(db, path) };
}

async function openOn(db: duckdb.AsyncDuckDB, path?: string): Promise<StartedEngine> {
  try {
    await db.open(
      path ? { path, accessMode: duckdb.DuckDBAccessMode.READ_WRITE, query: QUERY_CONFIG } : { query: QUERY_CONFIG },
    );
    mark('engine:opened');
  } catch (error) {
    await db.terminate();
    throw error;
  }
  const engine: Engine = {
    connect: () => db.connect(),
    registerFileBuffer: (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    // BROWSER_FILEREADER: the worker reads the File in slices on demand, so a 500 MB
    // import never becomes one JS string or ArrayBuffer. directIO skips DuckDB's cache.
    registerFileHandle: (name, file) =>
      db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true),
    onProgress: (listener) => {
      // AsyncDuckDB forwards the worker's PROGRESS_UPDATE messages to this array but has
      // no public way to subscribe; the field is part of its published typings.
      const listeners = (db as unknown as { _onExecutionProgress: ((p: duckdb.ProgressEntry) => void)[] })
        ._onExecutionProgress;
      const entry = (p: duckdb.ProgressEntry) => {
        const pct = Number(p.percentage);
        if (Number.isFinite(pct)) listener(Math.max(0, Math.min(1, pct / 100)));
      };
      listeners.push(entry);
      return () => {
        const i = listeners.indexOf(entry);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
  };
  return { engine, db };
}
