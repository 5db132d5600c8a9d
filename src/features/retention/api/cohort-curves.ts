import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ParamList } from '../../../lib/sql/params';
import { withPreparedEvents } from './prepare-events';
import { filterCondition, sourceTable, type BuiltQuery } from './retention-filters';
import type { RetentionCurvesParams } from './retention-curves';

/**
 * One cohort (platform, region, first day) at one day offset, for the bootstrap over
 * cohorts: the pooled curve is the sum of `active` over the sum of `cohort_size`.
 */
export interface CohortCurveRow {
  readonly platform: string;
  readonly region: string;
  readonly cohort_start: Date;
  readonly day_offset: number;
  readonly cohort_size: number;
  readonly active: number;
}

/** Aggregate path: the table's rows as they are (present only while observed). */
function aggregateSql(params: RetentionCurvesParams): BuiltQuery {
  const p = new ParamList();
  const max = p.int(params.maxDay);
  const where = filterCondition(params, p);
  const active = params.mode === 'nday' ? 'retained' : 'retained_later';
  return {
    sql: `-- retention/cohort-curves (aggregate, ${params.mode})
SELECT platform, region, cohort_start, day_offset, cohort_size, ${active} AS active
FROM retention WHERE day_offset BETWEEN 1 AND ${max} AND ${active} IS NOT NULL AND ${where}
ORDER BY platform, region, cohort_start, day_offset`,
    params: p.values,
  };
}

/**
 * Raw path: every observed offset of every daily cohort, 0 where nobody was active.
 * Unbounded: "active on day N or later" is the sum of the last-active counts from N on,
 * read for offsets without a row from the next offset that has one (an ASOF join).
 */
function eventsSql(params: RetentionCurvesParams): BuiltQuery {
  const p = new ParamList();
  const max = p.int(params.maxDay);
  const where = filterCondition(params, p, 'c');
  const whereCells = filterCondition(params, p);
  const counts =
    params.mode === 'nday'
      ? `SELECT platform, region, cohort_start, day_offset, retained AS n FROM retention_ev_cells WHERE day_offset BETWEEN 1 AND ${max} AND ${whereCells}`
      : `SELECT platform, region, cohort_start, day_offset,
                sum(last_here) OVER (PARTITION BY platform, region, cohort_start ORDER BY day_offset DESC) AS n
         FROM retention_ev_cells WHERE ${whereCells}`;
  const join =
    params.mode === 'nday'
      ? `LEFT JOIN counts n ON n.platform = g.platform AND n.region = g.region AND n.cohort_start = g.cohort_start AND n.day_offset = g.day_offset`
      : `ASOF LEFT JOIN counts n ON n.platform = g.platform AND n.region = g.region AND n.cohort_start = g.cohort_start AND n.day_offset >= g.day_offset`;
  return {
    sql: `-- retention/cohort-curves (events, ${params.mode})
WITH counts AS (${counts}),
grid AS (
  SELECT c.platform, c.region, c.cohort_start, c.cohort_size, o.range::INTEGER AS day_offset
  FROM retention_ev_cohorts c JOIN retention_ev_asof a ON a.platform = c.platform
  JOIN range(1, ${max} + 1) o ON o.range <= date_diff('day', c.cohort_start, a.as_of)
  WHERE ${where}
)
SELECT g.platform, g.region, g.cohort_start, g.day_offset, g.cohort_size, coalesce(n.n, 0) AS active
FROM grid g ${join}
ORDER BY g.platform, g.region, g.cohort_start, g.day_offset`,
    params: p.values,
  };
}

/** The per-cohort query for a source. */
export function buildCohortCurvesSql(params: RetentionCurvesParams): BuiltQuery {
  return params.source === 'events' ? eventsSql(params) : aggregateSql(params);
}

/** Run the per-cohort query as is (raw path: the prepared tables must exist). */
export async function queryCohortCurves(db: Db, params: RetentionCurvesParams): Promise<CohortCurveRow[]> {
  const { sql, params: values } = buildCohortCurvesSql(params);
  return db.query<CohortCurveRow>(sql, values);
}

/** Per-cohort curves, preparing the raw events first when needed. */
export const fetchCohortCurves = withPreparedEvents(queryCohortCurves);

export const cohortCurvesQueryOptions = (params: RetentionCurvesParams) =>
  sqlQueryOptions(sourceTable(params.source), 'cohort-curves', params, fetchCohortCurves);

export const useCohortCurves = (params: RetentionCurvesParams) => useQuery(cohortCurvesQueryOptions(params));
