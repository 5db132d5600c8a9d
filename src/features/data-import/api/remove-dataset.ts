import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteStoredImport } from '../../../lib/datasets/persist/persist';
import { checkpointDatabase } from '../../../lib/db/folded-log';
import { setDatasetAside } from '../../../lib/datasets/store/live-view';
import { useReadyDb } from '../../../lib/query/use-ready-db';
import { endUndoWindow, findStoredImport, openUndoWindow, undoPending } from './pending-undo';
import { tableChanged } from './table-changed';

/** An imported dataset to remove, and the table (view) it is part of. */
export interface RemoveRequest {
  readonly datasetId: string;
  readonly table: string;
  /** For messages: "Could not remove pixelfed.csv". */
  readonly fileName: string;
}

/**
 * Take an imported dataset out of its table and out of this browser's storage, undoably:
 * its rows are set aside (not dropped) until the undo window ends or the next change.
 * Settled either way, it refreshes the queries reading that table and the Datasets list.
 */
export function useRemoveDataset() {
  const readyDb = useReadyDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ datasetId }: RemoveRequest): Promise<void> => {
      const db = await readyDb();
      await endUndoWindow();
      const record = await findStoredImport(datasetId);
      const entry = await setDatasetAside(db, datasetId);
      if (!entry) return;
      // Stored state follows what is on screen at once: a reload in the undo window keeps it
      // removed. A stored copy the browser fails to delete only brings the file back on the
      // next visit, where Remove works again.
      await deleteStoredImport(datasetId).catch(() => undefined);
      void checkpointDatabase(db);
      await openUndoWindow(db, { action: 'removed', entry, record });
    },
    onSettled: (_data, _error, { table }) => tableChanged(client, table),
  });
}

/** Undo the last Remove or Replace while its window is open; refreshes what it changed. */
export function useUndoChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => undoPending(),
    onSettled: (undone) => {
      if (undone) tableChanged(client, undone.entry.table_name);
    },
  });
}
