import { QueryClient } from '@tanstack/react-query';

/**
 * Data changes only when the user imports or removes a dataset, which invalidates the
 * affected tables, so results never go stale on their own; a failed query is a bug or
 * bad data, and retrying it would only delay the error.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    },
  });
}
