import type { QueryClient } from '@tanstack/react-query';

const POLL_MS = 100;

/**
 * Resolves once no query is fetching (or after `maxWaitMs`): background work on the
 * engine's one worker, such as storing an import, then waits behind the charts the
 * change refreshed instead of delaying them. Checked from the next task, so the
 * invalidations of a change that has just settled are counted.
 */
export function whenQueriesIdle(client: QueryClient, maxWaitMs = 10_000): Promise<void> {
  const deadline = Date.now() + maxWaitMs;
  return new Promise((resolve) => {
    const check = () => {
      if (client.isFetching() === 0 || Date.now() >= deadline) resolve();
      else setTimeout(check, POLL_MS);
    };
    setTimeout(check, POLL_MS);
  });
}
