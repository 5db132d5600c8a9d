import signupsUrl from '../../../data/signups.csv?url';
import launchesUrl from '../../../data/launches.csv?url';
import expectationsUrl from '../../../data/expectations.csv?url';
import retentionUrl from '../../../data/retention.csv?url';
import eventsSampleUrl from '../../../data/events-sample.csv?url';
import { BUNDLED_DATASETS } from '../datasets/bundled';
import { loadCsv } from '../datasets/load-csv';
import { restoreImports } from '../datasets/restore';
import { createDb } from './connection-db';
import { createStatusStore } from './engine-status';
import type { Db } from './types';

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

/**
 * The app's database, started once behind one promise so concurrent callers never race
 * to boot a second engine. Resolves after the bundled datasets are loaded.
 */
export function getDatabase(): Promise<Db> {
  started ??= boot().catch((error: unknown) => {
    engineStatus.set('failed', error instanceof Error ? error.message : String(error));
    throw error;
  });
  return started;
}

async function boot(): Promise<Db> {
  engineStatus.set('loading-engine', 'Loading the DuckDB-WASM engine…');
  // Fetch the CSVs while the engine boots: they are small and independent of it.
  const files = BUNDLED_DATASETS.map(async (d) => {
    const url = BUNDLED_URLS[d.file];
    if (!url) throw new Error(`No URL for bundled file ${d.file}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not fetch data/${d.file}: HTTP ${response.status}`);
    return { dataset: d, bytes: new Uint8Array(await response.arrayBuffer()) };
  });
  // The engine's client code (DuckDB-WASM's async API and Arrow) loads as its own chunk,
  // in parallel with React's first render, instead of delaying the first paint.
  const { startBrowserEngine } = await import('./browser-engine');
  const { engine } = await startBrowserEngine();
  const db = await createDb(engine);
  engineStatus.set('loading-data', 'Loading the bundled datasets…');
  for (const file of files) {
    const { dataset, bytes } = await file;
    await loadCsv(db, { schema: dataset.schema, fileName: `data/${dataset.file}`, bytes, datasetId: dataset.id });
  }
  // The user's own imports, re-read from IndexedDB; what cannot be read is dropped and reported.
  engineStatus.set('loading-data', 'Restoring your imported datasets…');
  await restoreImports(db);
  engineStatus.set('ready', 'Ready');
  return db;
}
