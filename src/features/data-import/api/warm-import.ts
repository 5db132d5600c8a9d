import { useEffect } from 'react';
import { warmImportPath } from '../../../lib/datasets/ingest/warm-import';
import { useReadyDb } from '../../../lib/query/use-ready-db';

/** How long the Data section waits for an idle moment before readying the import path anyway. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Once the Data section is open and the page idle, run the import path once on a two-row
 * file (warm-import.ts says why), so the analyst's first import does not pay the engine's
 * first-use compile.
 */
export function useWarmImport(): void {
  const readyDb = useReadyDb();
  useEffect(() => {
    let cancelled = false;
    const warm = () => {
      if (!cancelled) void readyDb().then(warmImportPath, () => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(warm, { timeout: IDLE_TIMEOUT_MS });
      return () => {
        cancelled = true;
        cancelIdleCallback(id);
      };
    }
    const id = setTimeout(warm, 0);
    return () => {
      cancelled = true;
      clearTimeout(id);
    };
  }, [readyDb]);
}
