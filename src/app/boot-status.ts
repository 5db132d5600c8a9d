/** Start-up phases of the engine, shown in the status line and read by tests. */
export type EnginePhase = 'starting' | 'loading-engine' | 'loading-data' | 'ready' | 'failed';

export interface EngineStatus {
  readonly phase: EnginePhase;
  readonly detail: string;
  /** Milliseconds since navigation start at which the phase began. */
  readonly at: number;
}

type Listener = () => void;

/** A tiny external store so React can subscribe to start-up progress without a context. */
export function createStatusStore(initial: EngineStatus) {
  let current = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => current,
    set(phase: EnginePhase, detail: string) {
      current = { phase, detail, at: typeof performance === 'undefined' ? 0 : performance.now() };
      listeners.forEach((l) => l());
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
