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
  /** Who counted, the same for every row of a series; null when the data does not name it. */
  readonly vendor: string | null;
  readonly source: string;
}

/**
 * One measure of one platform as one counter reported it: two vendors' figures are two
 * counters (Sensor Tower's 73M among Meta's MAU would put a false dip in the series), so
 * they are never joined. The counter is the company itself when it reports the measure,
 * else the vendor with the most figures, ties going to the first name in alphabetical
 * order, so the same data always gives the same series. When the company reports, only its
 * own figures count. Parameters: $1 platform, $2 region, $3 measure.
 */
export function buildReportedSeriesSql(): string {
  return `-- projection/reported-series
WITH series_region AS (
  SELECT CASE WHEN EXISTS (
    SELECT 1 FROM signups WHERE platform = $1 AND measure = $3 AND region = $2 AND value > 0
  ) THEN $2 ELSE 'global' END AS region
), figures AS (
  SELECT s.date, s.value, s.basis, s.region, s.vendor, s.source
  FROM signups s JOIN series_region r ON s.region = r.region
  WHERE s.platform = $1 AND s.measure = $3 AND s.value > 0
), counter AS (
  SELECT vendor, bool_or(basis <> 'estimate') AS company
  FROM figures
  GROUP BY vendor
  ORDER BY company DESC, count(*) DESC, vendor NULLS LAST
  LIMIT 1
)
SELECT f.date, f.value, f.basis, f.region, f.vendor, f.source
FROM figures f JOIN counter c ON f.vendor IS NOT DISTINCT FROM c.vendor
WHERE NOT c.company OR f.basis <> 'estimate'
ORDER BY f.date, f.value`;
}

export async function fetchReportedSeries(db: Db, params: ReportedSeriesParams): Promise<ReportedSeriesRow[]> {
  return db.query<ReportedSeriesRow>(buildReportedSeriesSql(), [params.platform, params.region, params.measure]);
}

export const reportedSeriesQueryOptions = (params: ReportedSeriesParams | null) =>
  sqlQueryOptions('signups', 'projection-reported-series', params ?? skipToken, fetchReportedSeries);

/** The series the models are compared on; waits (skipToken) while `params` is null. */
export const useReportedSeries = (params: ReportedSeriesParams | null) => useQuery(reportedSeriesQueryOptions(params));
