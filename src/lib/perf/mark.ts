/**
 * Performance marks (`uptake:…`) so start-up and imports can be read in the browser's
 * profiler and timed phase by phase by the bench. A no-op where marks are unavailable.
 */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`uptake:${name}`);
}

/** Below this a statement leaves no measure: the timeline keeps what is worth a look, not every lookup. */
export const SLOW_MS = 50;

/**
 * A measure `uptake:<name>` from `start` (a `performance.now()`) until now, when that took
 * at least `SLOW_MS`, so the profiler's timeline says which step of a slow flow the time
 * went to. `name` is only built for a slow step: callers run this on every statement.
 * Returns the duration.
 */
export function measureIfSlow(name: () => string, start: number): number {
  if (typeof performance === 'undefined') return 0;
  const duration = performance.now() - start;
  if (duration >= SLOW_MS && typeof performance.measure === 'function')
    performance.measure(`uptake:${name()}`, { start, duration });
  return duration;
}
