import { useCallback } from 'react';
import { skipImportWarmUp } from '../../../lib/datasets/ingest/warm-import';
import { attachScratch } from '../../../lib/datasets/store/scratch-database';
import { useReadyDb } from '../../../lib/query/use-ready-db';

/**
 * Get the engine ready for an import the moment a file is chosen: the scratch database it
 * is read into is attached while the file's start is read and inspected (~10–20 ms of
 * round trips the read no longer waits for). Once per engine; the staging attaches it
 * itself if this has not finished or failed, so nothing here is reported. A file chosen
 * before the idle warm-up (useWarmImport) ran makes it unneeded: that import warms the path.
 */
export function usePrepareImport(): () => void {
  const readyDb = useReadyDb();
  return useCallback(() => {
    void readyDb()
      .then((db) => {
        skipImportWarmUp(db);
        return attachScratch(db);
      })
      .catch(() => undefined);
  }, [readyDb]);
}
