import type { Db } from '../../db/types';
import { ident } from '../../sql/ident';
import { REGISTRY_TABLE, type DatasetEntry } from '../store/registry';
import { columnExpr, stagingTable, type StagedCsv } from './stage';
import { validateStaged, type Validation } from './validate';
import type { ValidateOptions } from './validate-checks';

/** A loaded dataset a staged file looks like a newer version of, and why. */
export interface ReplaceTarget {
  readonly entry: DatasetEntry;
  /** `same-file`: the same file name; `same-platforms`: the same kind and exactly the same platforms. */
  readonly reason: 'same-file' | 'same-platforms';
}

/**
 * The imported dataset a staged file would replace: one of its kind with the same file
 * name, or else one with exactly the same set of platforms; the latest loaded when several
 * match. Bundled datasets are never replaced. Null when there is none.
 */
export async function findReplaceTarget(db: Db, staged: StagedCsv): Promise<ReplaceTarget | null> {
  const { schema, columns, fieldCount, fileName } = staged.request;
  // The first import of a kind has nothing to replace: the staged file's platforms (a scan
  // of every staged row, ~25 ms of a 100k-row import) are gathered only when there is.
  const [imports] = await db.query<{ n: number }>(
    `-- datasets/replace-candidates\nSELECT count(*) AS n FROM ${REGISTRY_TABLE} WHERE kind = $1 AND origin = 'imported'`,
    [schema.kind],
  );
  if (!imports?.n) return null;
  const platform = columns.find((c) => c.column === 'platform');
  const stagedPlatforms = platform
    ? `(SELECT list_sort(list(DISTINCT p)) FROM (SELECT ${columnExpr(schema, platform, fieldCount)} AS p FROM ${stagingTable(staged)}) WHERE p IS NOT NULL)`
    : 'NULL';
  const [found] = await db.query<DatasetEntry & { same_file: boolean }>(
    `-- datasets/replace-target
WITH loaded AS (
  SELECT dataset_id, list_sort(list(DISTINCT platform)) AS platforms FROM ${ident(schema.table)}
  WHERE platform IS NOT NULL
    -- Only imports can be replaced: the bundled rows (32,000 events) are not read.
    AND dataset_id IN (SELECT dataset_id FROM ${REGISTRY_TABLE} WHERE kind = $1 AND origin = 'imported')
  GROUP BY dataset_id
)
SELECT r.dataset_id, r.kind, r.table_name, r.storage_table, r.file_name, r.origin, r.rows, r.loaded_at,
  r.file_name = $2 AS same_file
FROM ${REGISTRY_TABLE} r LEFT JOIN loaded l USING (dataset_id)
WHERE r.kind = $1 AND r.origin = 'imported' AND (r.file_name = $2 OR l.platforms = ${stagedPlatforms})
ORDER BY same_file DESC, r.loaded_at DESC, r.dataset_id DESC
LIMIT 1`,
    [schema.kind, fileName],
  );
  if (!found) return null;
  const { same_file: sameFile, ...entry } = found;
  return { entry, reason: sameFile ? 'same-file' : 'same-platforms' };
}

/**
 * Validate a staged file as it will be once it replaces `replacedId`: duplicate keys are
 * checked against every loaded dataset but that one (it is going away). Its problem rows
 * replace the ones the first validation found, so publishing leaves out exactly these.
 */
export async function validateReplacing(
  db: Db,
  staged: StagedCsv,
  replacedId: string,
  options: ValidateOptions,
): Promise<Validation> {
  return validateStaged(db, staged, { ...options, except: replacedId });
}
