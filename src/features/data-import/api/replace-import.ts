import { useMutation } from '@tanstack/react-query';
import type { StagedImport } from '../../../lib/datasets/ingest/import-csv';
import { findReplaceTarget, validateReplacing, type ReplaceTarget } from '../../../lib/datasets/ingest/replace';
import type { DatasetEntry } from '../../../lib/datasets/store/registry';
import { useReadyDb } from '../../../lib/query/use-ready-db';

export type { ReplaceTarget };

/**
 * Which loaded dataset a staged file is a newer version of (same file name, or the same
 * kind and platforms), or null. Reads only: nothing changes.
 */
export function useFindReplaceTarget() {
  const readyDb = useReadyDb();
  return useMutation({
    mutationFn: async (staged: StagedImport): Promise<ReplaceTarget | null> =>
      findReplaceTarget(await readyDb(), staged.staged),
  });
}

/** A staged file and the dataset it is to replace. */
export interface RecheckRequest {
  readonly staged: StagedImport;
  readonly replaces: DatasetEntry;
}

/**
 * Check a staged file again as it will be once it replaces a dataset: its keys are not
 * duplicates of that dataset's rows (they are going away). Nothing live changes.
 */
export function useRecheckForReplace() {
  const readyDb = useReadyDb();
  return useMutation({
    mutationFn: async ({ staged, replaces }: RecheckRequest): Promise<StagedImport> => ({
      staged: staged.staged,
      validation: await validateReplacing(await readyDb(), staged.staged, replaces.dataset_id, { domain: true }),
    }),
  });
}
