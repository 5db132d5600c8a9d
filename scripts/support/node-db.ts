/**
 * The real DuckDB-WASM engine in Node (its blocking build), wrapped in the same `Db`
 * interface the browser uses, so the SQL tests and the build's landing-chart prerender run
 * the exact queries the app runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDb, type Engine } from '../../src/lib/db/connection-db';
import type { Db } from '../../src/lib/db/types';
import { BUNDLED_DATASETS } from '../../src/lib/datasets/store/bundled';
import { createDatasetStore } from '../../src/lib/datasets/store/live-view';
import { loadCsv } from '../../src/lib/datasets/ingest/load-csv';

const require = createRequire(import.meta.url);
type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');
const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as Blocking;
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

export const REPO_ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..');

/**
 * A fresh database as the app has it before loading: the dataset store set up, no data.
 * In memory, or at `path`: a database file, as the browser's stored `opfs://` one. A file
 * that exists already is opened as it is, for `reopenDatasets` to make ready (as start-up does).
 */
export async function openNodeDb(path?: string): Promise<Db> {
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
  };
  const reopening = path !== undefined && existsSync(path);
  const instance = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await instance.instantiate();
  instance.open({
    ...(path ? { path, accessMode: duckdb.DuckDBAccessMode.READ_WRITE } : {}),
    query: { castBigIntToDouble: true, castDecimalToDouble: true },
  });
  const engine: Engine = {
    connect: () => instance.connect(),
    registerFileBuffer: (name, bytes) => instance.registerFileBuffer(name, bytes),
    dropFile: (name) => {
      instance.dropFile(name);
    },
  };
  const db = await createDb(engine);
  if (!reopening) await createDatasetStore(db);
  return db;
}

/** Bytes of a file under `data/`. */
export function readDataFile(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(REPO_ROOT, 'data', file)));
}

/** A database with every bundled `data/` file loaded, as the app has it after start-up. */
export async function openBundledDb(): Promise<Db> {
  const db = await openNodeDb();
  for (const dataset of BUNDLED_DATASETS) {
    await loadCsv(db, {
      schema: dataset.schema,
      fileName: `data/${dataset.file}`,
      bytes: readDataFile(dataset.file),
      datasetId: dataset.id,
    });
  }
  return db;
}
