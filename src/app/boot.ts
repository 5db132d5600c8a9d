import signupsUrl from '../../data/signups.csv?url';
import launchesUrl from '../../data/launches.csv?url';
import expectationsUrl from '../../data/expectations.csv?url';
import retentionUrl from '../../data/retention.csv?url';
import eventsSampleUrl from '../../data/events-sample.csv?url';
import { BUNDLED_DATASETS, bundledVersion, type BundledDataset } from '../lib/datasets/store/bundled';
import { recordBundledVersions } from '../lib/datasets/persist/bundled-versions';
import { loadCsv } from '../lib/datasets/ingest/load-csv';
import { storeFreshDatasets } from '../lib/datasets/persist/store-fresh';
import { warmTableListing } from '../lib/datasets/store/scratch-database';
import { restoreImports, restoreReport } from '../lib/datasets/persist/restore';
import { trackActivity } from '../lib/db/track-activity';
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

/**
 * The version of each bundled dataset this build ships (a stored copy in that version
 * is reopened, not read again). Built files carry a content hash in their URL; the dev
 * server's do not, so there every visit reads them.
 */
const BUNDLED_VERSIONS: ReadonlyMap<string, string> = new Map(
  BUNDLED_DATASETS.flatMap((d) => {
    const version = bundledVersion(d, BUNDLED_URLS[d.file] ?? '');
    return version === null ? [] : [[d.id, version] as const];
  }),
);

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
    const files = bundledFiles();
    const { db, persistent, present, reopened } = await openDatabase({
      bundledVersions: BUNDLED_VERSIONS,
      // A first visit (or a tab without the stored file) fetches the CSVs while the engine
      // boots; a later visit waits to learn which the stored file lacks, usually none.
      onStorageKnown: (reopening) => {
        if (!reopening) BUNDLED_DATASETS.forEach((d) => void files.get(d).catch(() => undefined));
      },
    });
    mark('engine-ready');
    // What queries are handed: counted, so the first chart's can finish before the rest loads.
    const shared = trackActivity(db);
    const loadedVersions = new Map<string, string>();
    for (const firstView of [true, false]) {
      const group = BUNDLED_DATASETS.filter((d) => d.firstView === firstView);
      engineStatus.set(
        'loading-data',
        firstView ? 'Loading the bundled datasets…' : 'Loading cohorts and activity events…',
      );
      for (const dataset of group) {
        if (present.has(dataset.id)) {
          // Read by the browser tests: a second visit reopens the bundled tables.
          mark(`reopened:${dataset.file}`);
        } else {
          const bytes = await files.get(dataset);
          await loadCsv(db, { schema: dataset.schema, fileName: `data/${dataset.file}`, bytes, datasetId: dataset.id });
          const version = BUNDLED_VERSIONS.get(dataset.id);
          if (persistent && version !== undefined) loadedVersions.set(dataset.id, version);
          mark(`loaded:${dataset.file}`);
        }
      }
      // The user's own imports into these tables: those the database file holds are in
      // already, the others are re-read from IndexedDB (one read for the group); what cannot
      // be read is dropped and reported. A table counts as loaded only with them in.
      await restoreImports(db, new Set(group.map((d) => d.schema.kind)), present);
      // A group's tables resolve together: a query is keyed by one table but may join
      // another of its group (the adoption series reads launches for its anchors), and
      // must never run on a half-loaded group.
      for (const dataset of group) deferred.get(dataset.schema.table)?.resolve(shared.db);
      mark(firstView ? 'restored:first-view' : 'restored:rest');
      if (firstView) {
        // The first view's queries start once their tables resolve (a task later at most);
        // the cohort tables wait for them rather than slip between their requests.
        await new Promise((resolve) => setTimeout(resolve, 0));
        await shared.settled();
        mark('first-view-settled');
      }
    }
    // Which versions the database file now holds: recorded once everything is in, so the
    // first chart does not wait for these writes (the next visit reopens only recorded ones).
    await recordBundledVersions(db, loadedVersions);
    engineStatus.set('ready', 'Ready');
    // What was read into the database file (bundled data) and re-read imports (live from
    // memory until copied) are kept there from now on, and the next visit opens them
    // without replaying the log.
    const readNow = files.fetched() > 0 || restoreReport.get().restored.length > 0;
    // Read by the browser tests and the bench: the next visit reopens what this one stored.
    if (persistent && readNow) void storeFreshDatasets(db).then(() => mark('stored'));
    // Reopening listed the tables already; otherwise pay that first listing now, not in the first import.
    if (!reopened) void warmTableListing(db);
    return shared.db;
  } catch (error) {
    for (const d of deferred.values()) d.reject(error);
    throw error;
  }
}

/** Each bundled file fetched once, when first asked for (`fetched` counts them). */
function bundledFiles() {
  const fetches = new Map<BundledDataset, Promise<Uint8Array>>();
  return {
    get(dataset: BundledDataset): Promise<Uint8Array> {
      let bytes = fetches.get(dataset);
      if (!bytes) {
        bytes = fetchBundled(dataset.file);
        fetches.set(dataset, bytes);
      }
      return bytes;
    },
    fetched: () => fetches.size,
  };
}

async function fetchBundled(file: string): Promise<Uint8Array> {
  const url = BUNDLED_URLS[file];
  if (!url) throw new Error(`No URL for bundled file ${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not fetch data/${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
