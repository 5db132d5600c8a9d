import { whenQuiet } from './track-activity';
import type { Db } from './types';

/**
 * A one-row table each fold writes again. Its write is the first entry of the
 * write-ahead log after a CHECKPOINT (see checkpointDatabase); reopen.ts keeps it.
 */
export const LOG_FOLD_TABLE = 'uptake_log_fold';

let storedFile = false;

/** Whether this page's database is the stored `opfs://` file (set by start-up once it has opened it). */
export function setStoredFile(stored: boolean): void {
  storedFile = stored;
}

/** How many times a refused CHECKPOINT is tried, and how long the engine must be quiet before each retry. */
const CHECKPOINT_TRIES = 3;
const QUIET_MS = 150;

/**
 * Run a CHECKPOINT; when DuckDB refuses it (another connection has a write transaction
 * open: a publish, a derived table, the import path's warm-up), try again once the engine
 * has been quiet, a few times. Whether it ran; never throws.
 */
async function checkpointWhenFree(db: Db): Promise<boolean> {
  const checkpoint = () =>
    db.exec('CHECKPOINT').then(
      () => true,
      () => false,
    );
  for (let attempt = 1; !(await checkpoint()); attempt++) {
    if (attempt === CHECKPOINT_TRIES) return false;
    await whenQuiet(db, QUIET_MS);
  }
  return true;
}

/**
 * Fold the write-ahead log into the database file, so the next visit opens the tables
 * instead of replaying the log. Committed work is already durable in the log: a
 * CHECKPOINT still refused after its retries costs only that. On an in-memory database it
 * does nothing.
 *
 * In the stored file, one small write and a second CHECKPOINT follow. DuckDB-WASM cannot
 * delete a file in OPFS (its removeFile does nothing: duckdb-wasm#1990), so after a
 * CHECKPOINT the log keeps every byte it had, the CHECKPOINT's mark at their end. The next
 * opening reads them all to find that mark: 3.2 MB after a first visit, ~300 ms of the
 * next start-up. DuckDB, which takes the log for gone, writes its next entry at the log's
 * start: the small write and its CHECKPOINT's mark then lead the log, and an opening
 * stops reading there, as after a write cut off half-way. A write of the app's own in
 * between does the same; nothing committed is ever left only in what follows.
 */
export async function checkpointDatabase(db: Db): Promise<void> {
  if (!(await checkpointWhenFree(db)) || !storedFile) return;
  await db
    .exec(`CREATE OR REPLACE TABLE ${LOG_FOLD_TABLE} AS SELECT 1 AS folds`)
    .then(() => checkpointWhenFree(db))
    .catch(() => undefined);
}
