import { useMutation } from '@tanstack/react-query';
import { cancelImport, stageImport, type ImportPlan, type StagedImport } from '../../../lib/datasets/ingest/import-csv';
import { useReadyDb } from '../../../lib/query/use-ready-db';

/** One file to read into a private staging table and check. */
export interface StageRequest {
  readonly file: File;
  readonly plan: ImportPlan;
  readonly signal: AbortSignal;
  readonly onProgress: (fraction: number) => void;
}

/**
 * Read a file into a staging table and validate it (queued behind any other import).
 * Nothing live changes, so nothing is invalidated; finish with `useCommitImport` or
 * `useCancelImport`. Aborting `signal` cancels the read in the engine.
 */
export function useStageImport() {
  const readyDb = useReadyDb();
  return useMutation({
    mutationFn: async ({ file, plan, signal, onProgress }: StageRequest): Promise<StagedImport> => {
      const db = await readyDb();
      const staged = await stageImport(db, { file, fileName: file.name, plan, signal, onProgress });
      // A Cancel that came as the read finished: the staged rows are dropped, never shown.
      if (signal.aborted) {
        await cancelImport(db, staged);
        throw new DOMException('The import was cancelled.', 'AbortError');
      }
      return staged;
    },
  });
}

/** Drop a staged import; every live table stays as it was. */
export function useCancelImport() {
  const readyDb = useReadyDb();
  return useMutation({
    mutationFn: async (staged: StagedImport) => cancelImport(await readyDb(), staged),
  });
}
