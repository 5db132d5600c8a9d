/**
 * Performance marks (`uptake:…`) so start-up and imports can be read in the browser's
 * profiler and timed phase by phase by the bench. A no-op where marks are unavailable.
 */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`uptake:${name}`);
}
