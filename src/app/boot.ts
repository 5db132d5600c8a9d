import signupsUrl from '../../data/signups.csv?url';
import launchesUrl from '../../data/launches.csv?url';
import expectationsUrl from '../../data/expectations.csv?url';
import retentionUrl from '../../data/retention.csv?url';
import eventsSampleUrl from '../../data/events-sample.csv?url';
import { BUNDLED_DATASETS } from '../lib/datasets/store/bundled';
import { loadCsv } from '../lib/datasets/ingest/load-csv';
import { checkpointDatabase } from '../lib/datasets/persist/reopen';
import { restoreImports, restoreReport } from '../lib/datasets/persist/restore';
import type { Db } from '../lib/db/types';
import { mark } from '../lib/perf/mark';
import type { DbSource } from '../lib/query/db-source';
import { createStatusStore } from './boot-status';
import { openDatabase } from './boot-storage';

const BUNDLED_URLS: Readonly<Record<string, string>> = {
  'signups.csv': signupsUrl,
  'launches.csv': launchesUrl,
  'expectations.csv': expectationsUrl,
  'retention.csv': retentionUrl,
  'events-sample.csv': eventsSampleUrl,
};

/** Start-up progress of the one database the app uses. */
export const engineStatus = createStatusStore({ phase: 'starting', detail: 'Starting the query engine…', at: 0 });

let started: Promise<Db> | undefined;
const tablesLoaded = new Map<string, Promise<Db>>();

/**
 * The app's database, started once behind one promise so concurrent callers never race
 * to boot a second engine. Resolves once every bundled dataset and restored import is in.
 */
export function getDatabase(): Promise<Db> {
  started ??= boot().catch((error: unknown) => {
    engineStatus.set('failed', error instanceof Error ? error.message : String(error));
    throw error;
  });
  return started;
}

/**
 * The database as soon as `table` holds its bundled rows and restored imports: the
 * landing chart does not wait for the cohort tables it never reads.
 */
export function whenTableLoaded(table: string): Promise<Db> {
  const all = getDatabase();
  return tablesLoaded.get(table) ?? all;
}

/** How the app's queries reach its database (given to the QueryClient). */
export const bootDbSource: DbSource = { forTable: whenTableLoaded, ready: getDatabase };

interface Deferred {
  resolve: (db: Db) => void;
  reject: (error: unknown) => void;
}

async function boot(): Promise<Db> {
  engineStatus.set('loading-engine', 'Loading the DuckDB-WASM engine…');
  const deferred = new Map<string, Deferred>();
  for (const d of BUNDLED_DATASETS) {
    const promise = new Promise<Db>((resolve, reject) => deferred.set(d.schema.table, { resolve, reject }));
    promise.catch(() => undefined); // failures surface through getDatabase(); avoid unhandled rejections
    tablesLoaded.set(d.schema.table, promise);
  }
  try {
    // Fetch the CSVs while the engine boots: they are small and independent of it.
    const files = new Map(BUNDLED_DATASETS.map((d) => [d, fetchBundled(d.file)] as const));
    // A failed fetch is reported when its turn comes; until then it must not count as unhandled.
    for (const bytes of files.values()) bytes.catch(() => undefined);
    const { db, persistent, present } = await openDatabase();
    mark('engine-ready');
    for (const firstView of [true, false]) {
      const group = BUNDLED_DATASETS.filter((d) => d.firstView === firstView);
      engineStatus.set(
        'loading-data',
        firstView ? 'Loading the bundled datasets…' : 'Loading cohorts and activity events…',
      );
      for (const dataset of group) {
        const bytes = await files.get(dataset)!;
        await loadCsv(db, { schema: dataset.schema, fileName: `data/${dataset.file}`, bytes, datasetId: dataset.id });
        mark(`loaded:${dataset.file}`);
      }
      // The user's own imports into these tables: those the database file holds are in
      // already, the others are re-read from IndexedDB; what cannot be read is dropped and
      // reported. A table counts as loaded only with them in.
      await restoreImports(db, new Set(group.map((d) => d.schema.kind)), present);
      mark(firstView ? 'restored:first-view' : 'restored:rest');
      for (const dataset of group) deferred.get(dataset.schema.table)?.resolve(db);
    }
    engineStatus.set('ready', 'Ready');
    // Imports re-read into the database file are kept there from now on.
    if (persistent && restoreReport.get().restored.length > 0) void checkpointDatabase(db);
    return db;
  } catch (error) {
    for (const d of deferred.values()) d.reject(error);
    throw error;
  }
}

async function fetchBundled(file: string): Promise<Uint8Array> {
  const url = BUNDLED_URLS[file];
  if (!url) throw new Error(`No URL for bundled file ${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not fetch data/${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
