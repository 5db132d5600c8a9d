import { queryOptions } from '@tanstack/react-query';
import { whenTableLoaded } from '../db/database';
import type { Db } from '../db/types';
import { sqlKey } from './keys';

/**
 * Query options for a fetcher that reads `table`. The key is `['sql', table, family,
 * params]`: every variable the fetcher reads is in `params`, and invalidating
 * `['sql', table]` after an import refreshes exactly the queries that read that table.
 * The query runs as soon as its table is loaded, not after every bundled table is.
 */
export function sqlQueryOptions<P extends object, R>(
  table: string,
  family: string,
  params: P,
  fetcher: (db: Db, params: P) => Promise<R>,
) {
  return queryOptions({
    queryKey: sqlKey(table, family, params),
    queryFn: async () => fetcher(await whenTableLoaded(table), params),
  });
}
