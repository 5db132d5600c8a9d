import { skipToken, useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import type { SeriesMeasure } from '../model/growth-models';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

export interface ReportedSeriesParams {
  readonly platform: string;
  /** The analogue launch's region; the platform's global figures when it has none of its own. */
  readonly region: string;
  readonly measure: SeriesMeasure;
}

/** A reported figure of the series the growth models are compared on. */
export interface ReportedSeriesRow {
  readonly date: Date;
  readonly value: number;
  readonly basis: string;
  readonly region: string;
  readonly source: string;
}

/**
 * One measure of one platform, as reported: company figures when there are any (a
 * third-party estimate between them, such as Sensor Tower's 73M among Meta's MAU, is
 * another counter and would put a false dip in the series), every figure otherwise.
 * Parameters: $1 platform, $2 region, $3 measure.
 */
export function buildReportedSeriesSql(): string {
  return `-- projection/reported-series
WITH series_region AS (
  SELECT CASE WHEN EXISTS (
    SELECT 1 FROM signups WHERE platform = $1 AND measure = $3 AND region = $2 AND value > 0
  ) THEN $2 ELSE 'global' END AS region
), figures AS (
  SELECT s.date, s.value, s.basis, s.region, s.source
  FROM signups s JOIN series_region r ON s.region = r.region
  WHERE s.platform = $1 AND s.measure = $3 AND s.value > 0
), has_company AS (
  SELECT coalesce(bool_or(basis <> 'estimate'), false) AS yes FROM figures
)
SELECT f.date, f.value, f.basis, f.region, f.source
FROM figures f CROSS JOIN has_company c
WHERE NOT c.yes OR f.basis <> 'estimate'
ORDER BY f.date, f.value`;
}

export async function fetchReportedSeries(db: Db, params: ReportedSeriesParams): Promise<ReportedSeriesRow[]> {
  return db.query<ReportedSeriesRow>(buildReportedSeriesSql(), [params.platform, params.region, params.measure]);
}

export const reportedSeriesQueryOptions = (params: ReportedSeriesParams | null) =>
  sqlQueryOptions('signups', 'projection-reported-series', params ?? skipToken, fetchReportedSeries);

/** The series the models are compared on; waits (skipToken) while `params` is null. */
export const useReportedSeries = (params: ReportedSeriesParams | null) => useQuery(reportedSeriesQueryOptions(params));
