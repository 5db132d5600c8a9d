import type { Db } from './types';

/**
 * `db` with `signal` given to every `query` and `exec` that does not bring its own, so a
 * fetcher written as `(db, params)` stops delivering rows once its query is cancelled.
 * Transactions and long statements are left as they are: they change data, and stopping
 * them halfway is their caller's decision.
 */
export function withSignal(db: Db, signal: AbortSignal): Db {
  return {
    ...db,
    query: (sql, params, options) => db.query(sql, params, { signal: options?.signal ?? signal }),
    exec: (sql, params, options) => db.exec(sql, params, { signal: options?.signal ?? signal }),
  };
}
