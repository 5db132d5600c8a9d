import { skipToken, useQuery, type SkipToken } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

export interface ReportedAfterParams {
  readonly platform: string;
  /** The target region; its own figures are compared with the target launch alone. */
  readonly region: string;
  /** First day to include (the backtest cutoff), `YYYY-MM-DD`. */
  readonly since: string;
}

/** A figure reported on or after the cutoff, to check the projection against. */
export interface ReportedAfterRow {
  readonly date: Date;
  readonly value: number;
  readonly measure: 'registered' | 'MAU';
  readonly metric: string;
  readonly basis: string;
  readonly region: string;
  readonly coverage: string;
  readonly source: string;
}

/**
 * Cumulative signups and MAU of the platform from the cutoff on, in the target region or
 * platform-wide ("global"): the two quantities the model projects (adopters and active
 * users). DAU is left out: the model's actives are not daily, and DAU panels often cover
 * only Android or mobile. Parameters: $1 platform, $2 region, $3 first day.
 */
export function buildReportedAfterSql(): string {
  return `-- projection/reported-after
SELECT date, value, measure, metric, basis, region, coverage, source
FROM signups
WHERE platform = $1 AND measure IN ('registered', 'MAU') AND value > 0
  AND (region = $2 OR region = 'global') AND date >= CAST($3 AS DATE)
ORDER BY date, measure, value`;
}

export async function fetchReportedAfter(db: Db, params: ReportedAfterParams): Promise<ReportedAfterRow[]> {
  return db.query<ReportedAfterRow>(buildReportedAfterSql(), [params.platform, params.region, params.since]);
}

export const reportedAfterQueryOptions = (params: ReportedAfterParams | SkipToken) =>
  sqlQueryOptions('signups', 'projection-reported-after', params, fetchReportedAfter);

/** What was reported after the cutoff; waits (skipToken) while `params` is null. */
export const useReportedAfter = (params: ReportedAfterParams | null) =>
  useQuery(reportedAfterQueryOptions(params ?? skipToken));
