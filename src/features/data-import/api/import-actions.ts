import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { commitImport, type ImportPlan, type StagedImport } from '../../../lib/datasets/ingest/import-csv';
import { removeDataset } from '../../../lib/datasets/store/live-view';
import { deleteStoredImport, saveStoredImport } from '../../../lib/datasets/persist/persist';
import { REGISTRY_TABLE } from '../../../lib/datasets/store/registry';
import { SCHEMAS } from '../../../lib/datasets/store/schemas';
import { tableKey } from '../../../lib/query/keys';
import { useReadyDb } from '../../../lib/query/use-ready-db';

/** A new dataset id: unique, and readable in the Datasets list and SQL console. */
function newDatasetId(fileName: string): string {
  return `import:${fileName.replace(/[^\w.-]+/g, '_').slice(0, 40)}:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Commit and remove imports, then refresh exactly the queries that read the changed
 * table and the Datasets list: every chart, selector and table reading that table picks
 * up the imported platforms on its own.
 */
export function useImportActions() {
  const queryClient = useQueryClient();
  const getDatabase = useReadyDb();
  // Marks the queries stale at once and refetches the ones on screen in the background:
  // an import is done when its rows are published, not when every open chart has redrawn
  // (the raw retention path re-prepares 1M events, which is seconds of its own).
  const refresh = useCallback(
    (table: string) => {
      void queryClient.invalidateQueries({ queryKey: tableKey(table) });
      void queryClient.invalidateQueries({ queryKey: tableKey(REGISTRY_TABLE) });
    },
    [queryClient],
  );

  const commit = useCallback(
    async (staged: StagedImport, file: File, plan: ImportPlan): Promise<{ rows: number; stored: string | null }> => {
      const db = await getDatabase();
      const id = newDatasetId(file.name);
      const importedAt = new Date();
      // The file is stored while the rows are published: both are quick, and neither
      // needs the other. A store that fails only costs persistence; a commit that fails
      // takes the stored copy back out, so a reload never brings back a failed import.
      const saving = saveStoredImport({ id, fileName: file.name, plan, file, importedAt: importedAt.toISOString() }).then(
        () => null,
        (error: unknown) =>
          `It is loaded now but will not survive a reload: the browser refused to store it (${error instanceof Error ? error.message : String(error)}).`,
      );
      let rows: number;
      try {
        rows = await commitImport(db, staged, id, importedAt);
      } catch (error) {
        await saving;
        await deleteStoredImport(id).catch(() => undefined);
        throw error;
      }
      const stored = await saving;
      refresh(SCHEMAS[plan.kind].table);
      return { rows, stored };
    },
    [refresh, getDatabase],
  );

  const remove = useCallback(
    async (datasetId: string, table: string) => {
      const db = await getDatabase();
      await removeDataset(db, datasetId);
      await deleteStoredImport(datasetId).catch(() => undefined);
      refresh(table);
    },
    [refresh, getDatabase],
  );

  return { commit, remove };
}
