import { skipToken, useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ParamList } from '../../../lib/sql/params';
import { cohortEndSql, signupsEndSql } from './cohort-signups-end';
import { withPreparedEvents } from './prepare-events';
import {
  filterCondition,
  PERIOD_COUNT,
  PERIOD_DAYS,
  sourceTable,
  type BuiltQuery,
  type CohortGrain,
  type RetentionMode,
  type RetentionSource,
} from './retention-filters';

export interface CohortHeatmapParams {
  readonly source: RetentionSource;
  /** The heatmap shows one platform. */
  readonly platform: string;
  readonly region: string;
  readonly mode: RetentionMode;
  readonly grain: CohortGrain;
  /** Cohorts with fewer users are flagged as small. */
  readonly minCohort: number;
}

/** One cell: a cohort (its week's Monday or its month's 1st) at period k = day k × 7 or k × 30. */
export interface CohortCellRow {
  readonly cohort: Date;
  readonly period: number;
  readonly day_offset: number;
  readonly cohort_users: number;
  /** False while some of the cohort has not yet been observed for day_offset days. */
  readonly observable: boolean;
  /** Users active on the day (N-day) or on it or later (unbounded); null when not observable or unknown. */
  readonly active: number | null;
  readonly rate: number | null;
  /** The cohort is below the size threshold: its shares are noisy. */
  readonly small: boolean;
  /** Some of the platform's rows in view are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
  /** The last day of the cohort's week (Sunday) or month. */
  readonly cohort_end: Date;
  /** The last signup day the data holds (see `signupsEndSql`). */
  readonly signups_end: Date;
  /** The cohort's week or month goes on after the data's signups end: users were still joining it. */
  readonly partial: boolean;
}

function periodsCte(p: ParamList, grain: CohortGrain): string {
  const days = p.int(PERIOD_DAYS[grain]);
  const count = p.int(PERIOD_COUNT[grain]);
  return `periods AS (SELECT range::INTEGER AS period, (range * ${days})::INTEGER AS day_offset FROM range(0, ${count} + 1))`;
}

/** The parameters both paths bind, in the same order. */
function heatmapParams(params: CohortHeatmapParams) {
  const p = new ParamList();
  const grain = p.add(params.grain);
  const platform = p.add(params.platform);
  const where = filterCondition({ platforms: [], region: params.region }, p);
  const periods = periodsCte(p, params.grain);
  const min = p.add(params.minCohort);
  return { p, grain, platform, where, periods, min };
}

/**
 * A row's offset as the heatmap places it: in month grain, a cohort counted by calendar
 * month (a monthly export: its first offset after 0 is a month, 28 days or more) has Month
 * k at k calendar months (28–31 days each), which is the heatmap's month-k cell (30k).
 * Cohorts counted by day keep their own day-30k rows, so the bundled figures do not move.
 */
function monthCellSql(grain: string): string {
  const months = `date_diff('month', cohort_start, CAST(cohort_start + day_offset AS DATE))`;
  return `CASE WHEN ${grain} = 'month' AND first_later >= 28
      AND day_offset = date_diff('day', cohort_start, CAST(cohort_start + to_months(${months}) AS DATE))
    THEN 30 * ${months} ELSE day_offset END`;
}

/**
 * Aggregate path: a cohort groups the table's cohort rows whose first day falls in the
 * week or month. A cell is observable only if every member row has a row at that
 * offset (the table holds rows only for observed offsets), so a partly observed cell is
 * marked as such instead of reading low.
 */
function aggregateSql(params: CohortHeatmapParams): BuiltQuery {
  const { p, grain, platform, where, periods, min } = heatmapParams(params);
  const active =
    params.mode === 'nday'
      ? 'sum(retained)'
      : 'CASE WHEN count(retained_later) = count(*) THEN sum(retained_later) END';
  return {
    sql: `-- retention/cohort-heatmap (aggregate, ${params.mode})
WITH ${periods},
${signupsEndSql(platform, where)},
base AS (
  SELECT date_trunc(${grain}, cohort_start)::DATE AS cohort, ${monthCellSql(grain)} AS day_offset,
         cohort_size, retained, retained_later
  FROM (
    SELECT *, min(day_offset) FILTER (WHERE day_offset > 0) OVER (PARTITION BY platform, region, cohort_start) AS first_later
    FROM retention WHERE platform = ${platform} AND ${where}
  )
),
cohorts AS (SELECT cohort, sum(cohort_size) AS cohort_users, count(*) AS members FROM base WHERE day_offset = 0 GROUP BY cohort),
cells AS (
  SELECT cohort, day_offset, count(*) AS members, ${active} AS active
  FROM base WHERE day_offset IN (SELECT day_offset FROM periods) GROUP BY cohort, day_offset
)
SELECT c.cohort, p.period, p.day_offset, c.cohort_users,
       coalesce(x.members, 0) = c.members AS observable,
       CASE WHEN coalesce(x.members, 0) = c.members THEN x.active END AS active,
       CASE WHEN coalesce(x.members, 0) = c.members THEN x.active / c.cohort_users END AS rate,
       c.cohort_users < ${min} AS small,
       (SELECT bool_or(kind = 'modelled') FROM retention WHERE platform = ${platform} AND ${where}) AS modelled,
       ${cohortEndSql(grain, 'c.cohort')} AS cohort_end, s.signups_end,
       ${cohortEndSql(grain, 'c.cohort')} > s.signups_end AS partial
FROM cohorts c CROSS JOIN periods p CROSS JOIN signups s
LEFT JOIN cells x ON x.cohort = c.cohort AND x.day_offset = p.day_offset
WHERE c.cohort_users > 0
ORDER BY c.cohort, p.period`,
    params: p.values,
  };
}

/**
 * Raw path, on the prepared tables. A cell is observable when the cohort's last signup
 * day plus the offset is within the platform's log, i.e. every member was observed; users
 * can sign up until the log's last day, so a cohort whose period ends later is partial.
 */
function eventsSql(params: CohortHeatmapParams): BuiltQuery {
  const { p, grain, platform, where, periods, min } = heatmapParams(params);
  const active =
    params.mode === 'nday'
      ? `SELECT cohort, day_offset, sum(retained) AS active FROM cells
         WHERE day_offset IN (SELECT day_offset FROM periods) GROUP BY cohort, day_offset`
      : `SELECT l.cohort, o.day_offset, sum(l.n) AS active
         FROM (SELECT cohort, day_offset AS last_offset, sum(last_here) AS n FROM cells WHERE last_here > 0 GROUP BY cohort, day_offset) l
         JOIN periods o ON l.last_offset >= o.day_offset
         GROUP BY l.cohort, o.day_offset`;
  return {
    sql: `-- retention/cohort-heatmap (events, ${params.mode})
WITH ${periods},
cells AS (
  SELECT date_trunc(${grain}, cohort_start)::DATE AS cohort, day_offset, retained, last_here
  FROM retention_ev_cells WHERE platform = ${platform} AND ${where}
),
cohorts AS (
  SELECT date_trunc(${grain}, c.cohort_start)::DATE AS cohort, sum(c.cohort_size) AS cohort_users,
         min(date_diff('day', c.cohort_start, a.as_of)) AS observed_days, any_value(a.as_of) AS signups_end
  FROM retention_ev_cohorts c JOIN retention_ev_asof a ON a.platform = c.platform
  WHERE c.platform = ${platform} AND ${filterCondition({ platforms: [], region: params.region }, p, 'c')}
  GROUP BY 1
),
actives AS (${active})
SELECT c.cohort, pe.period, pe.day_offset, c.cohort_users,
       pe.day_offset <= c.observed_days AS observable,
       CASE WHEN pe.day_offset <= c.observed_days THEN coalesce(x.active, 0) END AS active,
       CASE WHEN pe.day_offset <= c.observed_days THEN coalesce(x.active, 0) / c.cohort_users END AS rate,
       c.cohort_users < ${min} AS small,
       (SELECT modelled FROM retention_ev_asof WHERE platform = ${platform}) AS modelled,
       ${cohortEndSql(grain, 'c.cohort')} AS cohort_end, c.signups_end,
       ${cohortEndSql(grain, 'c.cohort')} > c.signups_end AS partial
FROM cohorts c CROSS JOIN periods pe
LEFT JOIN actives x ON x.cohort = c.cohort AND x.day_offset = pe.day_offset
ORDER BY c.cohort, pe.period`,
    params: p.values,
  };
}

/** The heatmap query for a source. */
export function buildCohortHeatmapSql(params: CohortHeatmapParams): BuiltQuery {
  return params.source === 'events' ? eventsSql(params) : aggregateSql(params);
}

/** Run the heatmap query as is (raw path: the prepared tables must exist). */
export async function queryCohortHeatmap(db: Db, params: CohortHeatmapParams): Promise<CohortCellRow[]> {
  const { sql, params: values } = buildCohortHeatmapSql(params);
  return db.query<CohortCellRow>(sql, values);
}

/** Heatmap cells, preparing the raw events first when needed. */
export const fetchCohortHeatmap = withPreparedEvents(queryCohortHeatmap);

/**
 * A heatmap is of one platform. Until the platform listing has answered there is none
 * (`''`) and nothing is asked: that query, for no platform, was the engine's longest
 * statement when Retention opened (0.7-1.4 s of its one thread, measured on a reload)
 * and its rows were never shown.
 */
export const cohortHeatmapQueryOptions = (params: CohortHeatmapParams) =>
  sqlQueryOptions(
    sourceTable(params.source),
    'cohort-heatmap',
    params.platform === '' ? skipToken : params,
    fetchCohortHeatmap,
  );

export const useCohortHeatmap = (params: CohortHeatmapParams) => useQuery(cohortHeatmapQueryOptions(params));
