import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { pooledRetentionSql } from '../../../lib/cohorts/pooled-retention-sql';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ParamList } from '../../../lib/sql/params';
import { withPreparedEvents } from './prepare-events';
import {
  filterCondition,
  sourceTable,
  type BuiltQuery,
  type RetentionFilter,
  type RetentionMode,
} from './retention-filters';

export interface RetentionCurvesParams extends RetentionFilter {
  readonly mode: RetentionMode;
  /** Last day offset, 0–365. */
  readonly maxDay: number;
}

/** One point of a platform's curve: the cohort-size-weighted share active at day N. */
export interface RetentionCurveRow {
  readonly platform: string;
  readonly day_offset: number;
  /** Users of the cohorts observed at least N days after signup. */
  readonly cohort_users: number;
  /** Of those, users active on day N (N-day) or on day N or later (unbounded). */
  readonly active: number | null;
  /** active / cohort_users; null when the unbounded count is unknown. */
  readonly rate: number | null;
  /** Some of the platform's rows in view are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
}

/**
 * Aggregate path: each row of `retention` is one cohort at one day offset, present only
 * while the cohort was observed, so summing per platform and offset is the
 * cohort-size-weighted average over the cohorts observable at that offset.
 */
function aggregateSql(params: RetentionCurvesParams): BuiltQuery {
  const p = new ParamList();
  const max = p.int(params.maxDay);
  const where = filterCondition(params, p);
  const active = params.mode === 'nday' ? 'retained' : 'retained_later';
  const pooled = pooledRetentionSql({
    from: 'retention',
    by: ['platform'],
    where: `day_offset BETWEEN 0 AND ${max} AND ${where}`,
  });
  return {
    sql: `-- retention/curves (aggregate, ${params.mode})
WITH flags AS (SELECT platform, bool_or(kind = 'modelled') AS modelled FROM retention WHERE ${where} GROUP BY platform)
SELECT c.platform, c.day_offset, c.cohort_users, c.${active} AS active, c.${active} / c.cohort_users AS rate, f.modelled
FROM (${pooled}) c JOIN flags f ON f.platform = c.platform
ORDER BY c.platform, c.day_offset`,
    params: p.values,
  };
}

/**
 * Raw path, on the prepared tables. The denominator at day N is the users of the daily
 * cohorts observed for N days (signup day + N <= the platform's last logged day), which
 * is the same set of cohorts the aggregate table would hold rows for. Every logged
 * activity is observed, so numerators need no such cut.
 */
function eventsSql(params: RetentionCurvesParams): BuiltQuery {
  const p = new ParamList();
  const max = p.int(params.maxDay);
  const where = filterCondition(params, p, 'c');
  const whereCells = filterCondition(params, p);
  const numerator =
    params.mode === 'nday'
      ? `SELECT platform, day_offset, sum(retained) AS active FROM retention_ev_cells
         WHERE day_offset <= ${max} AND ${whereCells} GROUP BY platform, day_offset`
      : `SELECT l.platform, o.day_offset, sum(l.n) AS active
         FROM (SELECT platform, day_offset AS last_offset, sum(last_here) AS n FROM retention_ev_cells
               WHERE last_here > 0 AND ${whereCells} GROUP BY platform, day_offset) l
         JOIN offsets o ON l.last_offset >= o.day_offset
         GROUP BY l.platform, o.day_offset`;
  return {
    sql: `-- retention/curves (events, ${params.mode})
WITH offsets AS (SELECT range::INTEGER AS day_offset FROM range(0, ${max} + 1)),
cohorts AS (
  SELECT c.platform, sum(c.cohort_size) AS size, date_diff('day', c.cohort_start, a.as_of) AS observed_days
  FROM retention_ev_cohorts c JOIN retention_ev_asof a ON a.platform = c.platform
  WHERE ${where}
  GROUP BY c.platform, c.cohort_start, a.as_of
),
denominators AS (
  SELECT c.platform, o.day_offset, sum(c.size) AS cohort_users
  FROM cohorts c JOIN offsets o ON o.day_offset <= c.observed_days
  GROUP BY c.platform, o.day_offset
),
numerators AS (${numerator})
SELECT d.platform, d.day_offset, d.cohort_users, coalesce(n.active, 0) AS active,
       coalesce(n.active, 0) / d.cohort_users AS rate, a.modelled
FROM denominators d LEFT JOIN numerators n ON n.platform = d.platform AND n.day_offset = d.day_offset
JOIN retention_ev_asof a ON a.platform = d.platform
ORDER BY d.platform, d.day_offset`,
    params: p.values,
  };
}

/** The curves query for a source (first line names the family). */
export function buildRetentionCurvesSql(params: RetentionCurvesParams): BuiltQuery {
  return params.source === 'events' ? eventsSql(params) : aggregateSql(params);
}

/** Run the curves query as is: on the raw path the prepared tables must exist (the bench times this). */
export async function queryRetentionCurves(db: Db, params: RetentionCurvesParams): Promise<RetentionCurveRow[]> {
  const { sql, params: values } = buildRetentionCurvesSql(params);
  return db.query<RetentionCurveRow>(sql, values);
}

/** Curves per platform, preparing the raw events first when needed. */
export const fetchRetentionCurves = withPreparedEvents(queryRetentionCurves);

export const retentionCurvesQueryOptions = (params: RetentionCurvesParams) =>
  sqlQueryOptions(sourceTable(params.source), 'retention-curves', params, fetchRetentionCurves);

export const useRetentionCurves = (params: RetentionCurvesParams) => useQuery(retentionCurvesQueryOptions(params));
