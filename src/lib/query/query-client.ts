import { QueryClient } from '@tanstack/react-query';
import { provideDbSource, type DbSource } from './db-source';

/**
 * A QueryClient whose SQL queries read from `source`. Data changes only when the user
 * imports or removes a dataset, which invalidates the affected tables, so results never go
 * stale on their own; a failed query is a bug or bad data, and retrying it would only
 * delay the error.
 */
export function createQueryClient(source: DbSource): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    },
  });
  provideDbSource(client, source);
  return client;
}
