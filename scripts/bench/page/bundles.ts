/**
 * DuckDB-WASM bundles for the bench pages. `single` is exactly what the app ships (mvp + eh,
 * see src/lib/db/browser-engine.ts); `coi` adds the multi-threaded build, which DuckDB picks
 * only on a cross-origin isolated page (COOP/COEP headers) with WASM threads.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import coiPthreadWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.pthread.worker.js?url';
import coiWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import coiWasm from '@duckdb/duckdb-wasm/dist/duckdb-coi.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';

export type Variant = 'single' | 'coi';
export type BundleName = 'mvp' | 'eh' | 'coi';

const SINGLE: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};
const COI: duckdb.DuckDBBundles = {
  ...SINGLE,
  coi: { mainModule: coiWasm, mainWorker: coiWorker, pthreadWorker: coiPthreadWorker },
};

export interface RawEngine {
  readonly db: duckdb.AsyncDuckDB;
  /** The bundle DuckDB actually selected: a `coi` request on a page that is not isolated falls back to eh. */
  readonly bundle: BundleName;
}

function nameOf(bundle: duckdb.DuckDBBundle): BundleName {
  if (bundle.mainModule === coiWasm) return 'coi';
  if (bundle.mainModule === ehWasm) return 'eh';
  return 'mvp';
}

/**
 * Boot DuckDB-WASM in its own Worker with the same open options as the app. For `coi` the
 * thread count is the machine's (navigator.hardwareConcurrency).
 */
export async function bootRaw(variant: Variant): Promise<RawEngine> {
  const bundle = await duckdb.selectBundle(variant === 'coi' ? COI : SINGLE);
  if (!bundle.mainWorker) throw new Error('DuckDB-WASM: no worker in the selected bundle');
  const worker = new Worker(bundle.mainWorker, { type: 'classic' });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const name = nameOf(bundle);
  await db.open({
    query: { castBigIntToDouble: true, castDecimalToDouble: true },
    ...(name === 'coi' ? { maximumThreads: navigator.hardwareConcurrency || 2 } : {}),
  });
  return { db, bundle: name };
}

/** DuckDB's `threads` setting: 1 on the single-threaded builds. */
export async function threadsOf(db: duckdb.AsyncDuckDB): Promise<number> {
  const conn = await db.connect();
  try {
    const result = await conn.query(`SELECT current_setting('threads') AS threads`);
    return Number(result.getChild('threads')?.get(0) ?? 1);
  } finally {
    await conn.close();
  }
}
