import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteStoredImport } from '../../../lib/datasets/persist/persist';
import { removeDataset } from '../../../lib/datasets/store/live-view';
import { useReadyDb } from '../../../lib/query/use-ready-db';
import { tableChanged } from './table-changed';

/** An imported dataset to remove, and the table (view) it is part of. */
export interface RemoveRequest {
  readonly datasetId: string;
  readonly table: string;
  /** For messages: "Could not remove pixelfed.csv". */
  readonly fileName: string;
}

/**
 * Take an imported dataset out of its table and out of this browser's storage. Settled
 * either way, it refreshes the queries reading that table and the Datasets list.
 */
export function useRemoveDataset() {
  const readyDb = useReadyDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ datasetId }: RemoveRequest): Promise<void> => {
      await removeDataset(await readyDb(), datasetId);
      // The rows are gone already; a stored copy the browser fails to delete only brings
      // the file back on the next visit, where Remove works again.
      await deleteStoredImport(datasetId).catch(() => undefined);
    },
    onSettled: (_data, _error, { table }) => tableChanged(client, table),
  });
}
