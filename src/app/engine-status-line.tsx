import { useSyncExternalStore } from 'react';
import { engineStatus } from './boot';
import { BootNotice } from './boot-notice';

/** The start-up status line: what the engine is doing, then "ready" (or what failed), and how imports are kept when that needs saying. */
export function EngineStatusLine() {
  const status = useSyncExternalStore(engineStatus.subscribe, engineStatus.get);
  const failed = status.phase === 'failed';
  return (
    <>
      <p
        className={`engine-status engine-status-${status.phase}`}
        role={failed ? 'alert' : 'status'}
        aria-label="Engine status"
        data-phase={status.phase}
      >
        {status.phase === 'ready'
          ? 'DuckDB-WASM ready · all data stays in this browser'
          : failed
            ? `The query engine failed to start: ${status.detail}. Reload the page to try again.`
            : status.detail}
      </p>
      <BootNotice />
    </>
  );
}
