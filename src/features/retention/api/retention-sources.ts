import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { REGISTRY_TABLE } from '../../../lib/datasets/store/registry';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ident } from '../../../lib/sql/ident';
import { ParamList } from '../../../lib/sql/params';
import { filterCondition, sourceTable, type BuiltQuery, type RetentionFilter } from './retention-filters';

/** Where one platform's cohorts in view come from: the file loaded, and the rows' own source column. */
export interface RetentionSourceRow {
  readonly platform: string;
  /** The dataset's file name (bundled `retention.csv`, or the file a user imported). */
  readonly file_name: string;
  /** The distinct `source` values of the rows, '; '-joined; null for the events log, which has no such column. */
  readonly sources: string | null;
  readonly modelled: boolean;
}

/**
 * The datasets (and, for the cohort table, the rows' `source` values) behind the platforms
 * and region in view, for the sources line of an exported image. Each row of the views
 * carries its `dataset_id`, which the registry names.
 */
export function buildRetentionSourcesSql(filter: RetentionFilter): BuiltQuery {
  const p = new ParamList();
  const where = filterCondition(filter, p, 'r');
  const table = ident(sourceTable(filter.source));
  const sources =
    filter.source === 'events' ? 'CAST(NULL AS VARCHAR)' : `string_agg(DISTINCT r.source, '; ' ORDER BY r.source)`;
  return {
    sql: `-- retention/sources (${filter.source})
SELECT r.platform, d.file_name, ${sources} AS sources, bool_or(r.kind = 'modelled') AS modelled
FROM ${table} r JOIN ${ident(REGISTRY_TABLE)} d ON d.dataset_id = r.dataset_id
WHERE ${where}
GROUP BY r.platform, d.file_name
ORDER BY r.platform, d.file_name`,
    params: p.values,
  };
}

/** The sources behind `filter`, one row per platform and file. */
export async function fetchRetentionSources(db: Db, filter: RetentionFilter): Promise<RetentionSourceRow[]> {
  const { sql, params } = buildRetentionSourcesSql(filter);
  return db.query<RetentionSourceRow>(sql, params);
}

/** Options keyed on the table read, so an import into it refreshes the sources line. */
export const retentionSourcesQueryOptions = (filter: RetentionFilter) =>
  sqlQueryOptions(sourceTable(filter.source), 'sources', filter, fetchRetentionSources);

/** The datasets behind the retention view. */
export const useRetentionSources = (filter: RetentionFilter) => useQuery(retentionSourcesQueryOptions(filter));
