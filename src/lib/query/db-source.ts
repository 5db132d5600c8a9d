import type { QueryClient } from '@tanstack/react-query';
import type { Db } from '../db/types';

/**
 * How queries reach a database. The app's source waits for start-up (each query only for
 * the table it reads); a test's source hands over a database it opened itself.
 */
export interface DbSource {
  /** The database once `table` holds its data. */
  forTable(table: string): Promise<Db>;
  /** The database once every table is loaded (for writes and ad-hoc statements). */
  ready(): Promise<Db>;
}

const sources = new WeakMap<QueryClient, DbSource>();

/** Make `source` the database of every query `client` runs. */
export function provideDbSource(client: QueryClient, source: DbSource): void {
  sources.set(client, source);
}

/** The database source of `client`, as given to `createQueryClient`. */
export function dbSourceOf(client: QueryClient): DbSource {
  const source = sources.get(client);
  if (!source) throw new Error('This QueryClient has no database: create it with createQueryClient(source).');
  return source;
}

/** A source that hands every query the same, already loaded database (tests, tools). */
export function fixedDbSource(db: Db): DbSource {
  const ready = Promise.resolve(db);
  return { forTable: () => ready, ready: () => ready };
}
