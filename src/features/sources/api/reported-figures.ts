import { useQuery } from '@tanstack/react-query';
import { REGISTRY_TABLE } from '../../../lib/datasets/store/registry';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import type { SqlValue } from '../../../lib/sql/params';

/** Which figures to list; an empty string means "every platform" / "every metric". */
export interface ReportedFiguresParams {
  readonly platform: string;
  readonly metric: string;
}

/** One reported figure with everything a reader needs to check it at its source. */
export interface ReportedFigureRow {
  readonly platform: string;
  readonly date: Date;
  readonly metric: string;
  readonly value: number;
  readonly region: string;
  readonly coverage: string;
  readonly vendor: string | null;
  readonly source: string;
  /** The source's qualifiers ("about", "upper bound"). */
  readonly note: string | null;
  /** The file an imported figure came from; null for a bundled one. */
  readonly imported_from: string | null;
}

/** The listing query: reported rows of the `signups` view, with the file of imported ones. */
export function buildReportedFiguresSql(params: ReportedFiguresParams): { sql: string; params: SqlValue[] } {
  return {
    sql: `-- sources/reported-figures
SELECT s.platform, s.date, s.metric, s.value, s.region, s.coverage, s.vendor, s.source, s.note,
       CASE WHEN d.origin = 'imported' THEN d.file_name END AS imported_from
FROM signups s LEFT JOIN ${REGISTRY_TABLE} d ON d.dataset_id = s.dataset_id
WHERE s.kind = 'reported' AND ($1 = '' OR s.platform = $1) AND ($2 = '' OR s.metric = $2)
ORDER BY s.platform, s.date, s.metric, s.value, s.source`,
    params: [params.platform, params.metric],
  };
}

/** The reported figures for a platform and metric (or all of them), oldest first per platform. */
export async function fetchReportedFigures(db: Db, params: ReportedFiguresParams): Promise<ReportedFigureRow[]> {
  const { sql, params: values } = buildReportedFiguresSql(params);
  return db.query<ReportedFigureRow>(sql, values);
}

export const reportedFiguresQueryOptions = (params: ReportedFiguresParams) =>
  sqlQueryOptions('signups', 'reported-figures', params, fetchReportedFigures);

/** The reported figures, refreshed when a signups file is imported or removed. */
export const useReportedFigures = (params: ReportedFiguresParams) => useQuery(reportedFiguresQueryOptions(params));
