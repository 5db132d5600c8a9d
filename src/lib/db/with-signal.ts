import type { Db } from './types';

const unbound = new WeakMap<Db, Db>();

/**
 * `db` with `signal` given to every `query` and `exec` that does not bring its own, so a
 * fetcher written as `(db, params)` stops delivering rows once its query is cancelled.
 * Transactions and long statements are left as they are: they change data, and stopping
 * them halfway is their caller's decision.
 */
export function withSignal(db: Db, signal: AbortSignal): Db {
  const base = withoutSignal(db);
  const bound: Db = {
    ...base,
    query: (sql, params, options) => base.query(sql, params, { signal: options?.signal ?? signal }),
    exec: (sql, params, options) => base.exec(sql, params, { signal: options?.signal ?? signal }),
  };
  unbound.set(bound, base);
  return bound;
}

/**
 * The database behind a `withSignal` view (or `db` itself): for work that other queries
 * share, which one caller's cancellation must not stop, and for caches keyed by database.
 */
export function withoutSignal(db: Db): Db {
  return unbound.get(db) ?? db;
}
