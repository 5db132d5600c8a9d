/**
 * The start-up floor: the least work that gives the landing chart its live rows. A bare
 * DuckDB-WASM boot (in memory), the two bundled files the landing queries read fetched and
 * read with `read_csv` into their tables, then the landing view's four queries (the app's
 * own SQL). Nothing is checked, registered, stored or drawn, so no app can be quicker.
 */
import { bootBrowserEngine } from '../../../src/lib/db/browser-engine';
import { createDb } from '../../../src/lib/db/connection-db';
import type { Db } from '../../../src/lib/db/types';
import { readCsvSql } from '../../../src/lib/datasets/ingest/read-csv-sql';
import { DEFAULT_DIALECT } from '../../../src/lib/datasets/detect/dialect';
import { SCHEMAS } from '../../../src/lib/datasets/store/schemas';
import { isBusyError, retryWhileHeld } from '../../../src/lib/datasets/persist/stored-database';
import { fetchAdoptionSnapshot } from '../../../src/features/adoption/api/adoption-snapshot';
import signupsUrl from '../../../data/signups.csv?url';
import launchesUrl from '../../../data/launches.csv?url';

declare global {
  interface Window {
    __floorResult?: {
      readonly doneAt?: number;
      readonly rows?: number;
      readonly reopened?: boolean;
      readonly error?: string;
    };
  }
}

/** `?opfs`: the database in an `opfs://` file, as the app keeps it; a reload reopens its tables instead of reading. */
const OPFS_PATH = new URLSearchParams(location.search).has('opfs') ? 'opfs://floor.duckdb' : undefined;

/** The engine on the file, waiting, as the app does, while a reload's previous page still holds it. */
function openEngine() {
  const start = async () => (await bootBrowserEngine()).open(OPFS_PATH);
  return OPFS_PATH === undefined ? start() : retryWhileHeld(start, isBusyError);
}

async function hasTables(db: Db): Promise<boolean> {
  return db.query('SELECT 1 FROM signups, launches LIMIT 0').then(
    () => true,
    () => false,
  );
}

async function main() {
  const files = [
    { schema: SCHEMAS.signups, bytes: fetch(signupsUrl).then((r) => r.arrayBuffer()) },
    { schema: SCHEMAS.launches, bytes: fetch(launchesUrl).then((r) => r.arrayBuffer()) },
  ];
  const db = await createDb((await openEngine()).engine);
  const reopened = OPFS_PATH !== undefined && (await hasTables(db));
  for (const { schema, bytes } of reopened ? [] : files) {
    const file = `${schema.table}.csv`;
    await db.registerFile(file, new Uint8Array(await bytes));
    const columns = schema.columns.map((c) => ({ name: c.name, type: c.type }));
    await db.exec(
      `CREATE TABLE ${schema.table} AS SELECT * FROM ${readCsvSql({ file, dialect: DEFAULT_DIALECT, columns })}`,
    );
  }
  const snapshot = await fetchAdoptionSnapshot(db, new Date());
  const doneAt = performance.now();
  if (OPFS_PATH !== undefined && !reopened) await db.exec('CHECKPOINT');
  return { doneAt, rows: snapshot.series.length, reopened };
}

main().then(
  (result) => (window.__floorResult = result),
  (error: unknown) => (window.__floorResult = { error: error instanceof Error ? error.message : String(error) }),
);
