import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { REGISTRY_TABLE } from '../../../lib/datasets/store/registry';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

/**
 * The user's imported files whose rows reach the Adoption chart (figures or launch events):
 * the build-time snapshot holds the bundled data only, so with these in, the live rows
 * differ from it for a reason the reader knows, and the panel says so.
 */
export function buildImportedFilesSql(): string {
  return `-- adoption/imported-files
SELECT file_name FROM ${REGISTRY_TABLE}
WHERE origin = 'imported' AND table_name IN ('signups', 'launches')
ORDER BY loaded_at, dataset_id`;
}

/** File names, oldest import first. */
export async function fetchImportedFiles(db: Db): Promise<string[]> {
  const rows = await db.query<{ file_name: string }>(buildImportedFilesSql());
  return rows.map((r) => r.file_name);
}

/** Keyed on the registry, which every import and removal invalidates. */
export const importedFilesQueryOptions = () =>
  sqlQueryOptions(REGISTRY_TABLE, 'adoption-imported-files', {}, (db) => fetchImportedFiles(db));

/** The imported files feeding Adoption; `enabled` false keeps the query from running. */
export const useImportedFiles = (enabled: boolean) => useQuery({ ...importedFilesQueryOptions(), enabled });
