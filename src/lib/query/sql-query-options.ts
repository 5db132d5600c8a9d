import { queryOptions, skipToken, type SkipToken } from '@tanstack/react-query';
import { withSignal } from '../db/with-signal';
import type { Db } from '../db/types';
import { dbSourceOf } from './db-source';
import { sqlKey } from './keys';

/**
 * Query options for a fetcher that reads `table`. The key is `['sql', table, family,
 * params]`: every variable the fetcher reads is in `params`, and invalidating
 * `['sql', table]` after an import refreshes exactly the queries that read that table.
 *
 * The database comes from the QueryClient's `DbSource`, as soon as `table` is loaded (not
 * after every table is), and carries react-query's abort signal: a query nobody waits for
 * any more delivers no rows. Pass `skipToken` as `params` while they are not known yet:
 * the query then waits without running.
 */
export function sqlQueryOptions<P extends object, R>(
  table: string,
  family: string,
  params: P | SkipToken,
  fetcher: (db: Db, params: P) => Promise<R>,
) {
  return queryOptions({
    queryKey: sqlKey(table, family, params === skipToken ? null : params),
    queryFn:
      params === skipToken
        ? skipToken
        : async ({ client, signal }) => fetcher(withSignal(await dbSourceOf(client).forTable(table), signal), params),
  });
}
