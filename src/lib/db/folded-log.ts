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

/**
 * Fold the write-ahead log into the database file, so the next visit opens the tables
 * instead of replaying the log. Committed work is already durable in the log: a
 * CHECKPOINT refused because another transaction is running costs only that. On an
 * in-memory database it does nothing.
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
  const folded = await db.exec('CHECKPOINT').then(
    () => true,
    () => false,
  );
  if (!folded || !storedFile) return;
  await db
    .exec(`CREATE OR REPLACE TABLE ${LOG_FOLD_TABLE} AS SELECT 1 AS folds`)
    .then(() => db.exec('CHECKPOINT'))
    .catch(() => undefined);
}
