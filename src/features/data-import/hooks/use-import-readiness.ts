import { useCallback, useEffect, useRef } from 'react';
import { warmImportPath } from '../../../lib/datasets/ingest/warm-import';
import { attachScratch } from '../../../lib/datasets/store/scratch-database';
import { whenQuiet } from '../../../lib/db/track-activity';
import { useReadyDb } from '../../../lib/query/use-ready-db';

/** How long the engine must have run nothing before the warm-up: start-up's storing and the section's queries go first. */
const QUIET_MS = 500;
/** How long the warm-up then waits for an idle main thread at most. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Keep the engine ready for the Data section's imports.
 * - Once the engine has been quiet for a while and the page is idle, the import path runs
 *   once on a two-row file (warm-import.ts says why), so the analyst's first import does
 *   not pay the engine's first-use compile.
 * - `fileChosen` is called the moment files are picked: a warm-up not yet started is no
 *   longer needed (that import warms the path itself), and the scratch database the file
 *   is read into is attached while its start is read and inspected (an ATTACH took 9–26 ms
 *   in the import's measures).
 */
export function useImportReadiness(): { readonly fileChosen: () => void } {
  const readyDb = useReadyDb();
  const chosen = useRef(false);
  useEffect(() => {
    let cancelled = false;
    let idle: number | undefined;
    const start = async () => {
      const db = await readyDb();
      await whenQuiet(db, QUIET_MS);
      if (cancelled || chosen.current) return;
      const warm = () => {
        if (!cancelled && !chosen.current) void warmImportPath(db);
      };
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(warm, { timeout: IDLE_TIMEOUT_MS });
      else warm();
    };
    start().catch(() => undefined);
    return () => {
      cancelled = true;
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [readyDb]);
  const fileChosen = useCallback(() => {
    chosen.current = true;
    void readyDb()
      .then(attachScratch)
      .catch(() => undefined);
  }, [readyDb]);
  return { fileChosen };
}
