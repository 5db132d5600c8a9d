import { useSyncExternalStore } from 'react';

/**
 * Code the page can do without until its engine is up (a chart's tooltip) waits for this
 * gate: while the engine boots on a first visit, the main thread and the network are the
 * start-up's, and the chart drawn from the build-time snapshot needs no tooltip to be
 * read. Open unless the page holds it, so components used elsewhere (tests, a chart drawn
 * on its own) load as they always did.
 */
let held = false;
const listeners = new Set<() => void>();

/** Hold deferred loads until `releaseDeferredLoads` (the entry calls it when the engine is up or has failed). */
export function holdDeferredLoads(): void {
  held = true;
}

/** Let deferred loads start, now and from now on. */
export function releaseDeferredLoads(): void {
  if (!held) return;
  held = false;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once deferred loads may start. */
export function useDeferredLoadsReleased(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !held,
    () => !held,
  );
}
