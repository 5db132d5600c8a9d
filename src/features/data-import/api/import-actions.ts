import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getDatabase } from '../../../lib/db/database';
import { removeDataset } from '../../../lib/datasets/commit';
import { commitImport, type ImportPlan, type StagedImport } from '../../../lib/datasets/import-csv';
import { deleteStoredImport, saveStoredImport } from '../../../lib/datasets/persist';
import { REGISTRY_TABLE } from '../../../lib/datasets/registry';
import { SCHEMAS } from '../../../lib/datasets/schemas';
import { tableKey } from '../../../lib/query/keys';

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
  const refresh = useCallback(
    async (table: string) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: tableKey(table) }),
        queryClient.invalidateQueries({ queryKey: tableKey(REGISTRY_TABLE) }),
      ]);
    },
    [queryClient],
  );

  const commit = useCallback(
    async (staged: StagedImport, file: File, plan: ImportPlan): Promise<{ rows: number; stored: string | null }> => {
      const db = await getDatabase();
      const id = newDatasetId(file.name);
      const importedAt = new Date();
      const rows = await commitImport(db, staged, id, importedAt);
      let stored: string | null = null;
      try {
        await saveStoredImport({ id, fileName: file.name, plan, file, importedAt: importedAt.toISOString() });
      } catch (error) {
        stored = `It is loaded now but will not survive a reload: the browser refused to store it (${error instanceof Error ? error.message : String(error)}).`;
      }
      await refresh(SCHEMAS[plan.kind].table);
      return { rows, stored };
    },
    [refresh],
  );

  const remove = useCallback(
    async (datasetId: string, table: string) => {
      const db = await getDatabase();
      await removeDataset(db, datasetId, table);
      await deleteStoredImport(datasetId).catch(() => undefined);
      await refresh(table);
    },
    [refresh],
  );

  return { commit, remove };
}
