import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ParamList } from '../../../lib/sql/params';
import { withPreparedEvents } from './prepare-events';
import { filterCondition, sourceTable, type BuiltQuery, type RetentionSource } from './retention-filters';

export interface MonthOneChurnParams {
  readonly source: RetentionSource;
  readonly region: string;
}

/**
 * Month-one churn of a platform's launch cohorts: the users who signed up in the first
 * 7 days of the platform's data (in the region), and the share not active on day 30.
 */
export interface MonthOneChurnRow {
  readonly platform: string;
  /** First and last cohort day counted as the launch cohorts. */
  readonly launch_start: Date;
  readonly launch_end: Date;
  readonly cohort_users: number;
  /** False while the launch cohorts have not all been observed for 30 days. */
  readonly observable: boolean;
  /** Share active on day 30 (N-day); null when not observable. */
  readonly retention_d30: number | null;
  /** 1 − retention_d30. */
  readonly churn: number | null;
  /** Share not active on day 30 or any later day (1 − unbounded D30); null when unknown. */
  readonly churn_unbounded: number | null;
  /** Some of the platform's rows in view are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
}

/** The launch cohorts are the cohort rows starting in the first 7 days of the platform's rows. */
function aggregateSql(params: MonthOneChurnParams): BuiltQuery {
  const p = new ParamList();
  const where = filterCondition({ platforms: [], region: params.region }, p);
  return {
    sql: `-- retention/month-one-churn (aggregate)
WITH base AS (SELECT * FROM retention WHERE ${where}),
firsts AS (SELECT platform, min(cohort_start) AS first_start FROM base GROUP BY platform),
launch AS (SELECT b.* FROM base b JOIN firsts f ON f.platform = b.platform AND b.cohort_start < f.first_start + 7),
sizes AS (
  SELECT platform, min(cohort_start) AS launch_start, max(cohort_start) AS launch_end,
         sum(cohort_size) AS cohort_users, count(*) AS members
  FROM launch WHERE day_offset = 0 GROUP BY platform
),
d30 AS (
  SELECT platform, count(*) AS members, sum(retained) AS retained,
         CASE WHEN count(retained_later) = count(*) THEN sum(retained_later) END AS retained_later
  FROM launch WHERE day_offset = 30 GROUP BY platform
)
SELECT s.platform, s.launch_start, s.launch_end, s.cohort_users,
       coalesce(d.members, 0) = s.members AS observable,
       CASE WHEN coalesce(d.members, 0) = s.members THEN d.retained / s.cohort_users END AS retention_d30,
       CASE WHEN coalesce(d.members, 0) = s.members THEN 1 - d.retained / s.cohort_users END AS churn,
       CASE WHEN coalesce(d.members, 0) = s.members THEN 1 - d.retained_later / s.cohort_users END AS churn_unbounded,
       (SELECT bool_or(b.kind = 'modelled') FROM base b WHERE b.platform = s.platform) AS modelled
FROM sizes s LEFT JOIN d30 d ON d.platform = s.platform
WHERE s.cohort_users > 0
ORDER BY s.platform`,
    params: p.values,
  };
}

/** Raw path: the launch cohorts are the signup days in the first 7 days of the platform's log. */
function eventsSql(params: MonthOneChurnParams): BuiltQuery {
  const p = new ParamList();
  const where = filterCondition({ platforms: [], region: params.region }, p, 'c');
  const whereCells = filterCondition({ platforms: [], region: params.region }, p, 'x');
  return {
    sql: `-- retention/month-one-churn (events)
WITH cohorts AS (
  SELECT c.platform, c.cohort_start, c.cohort_size, a.as_of
  FROM retention_ev_cohorts c JOIN retention_ev_asof a ON a.platform = c.platform WHERE ${where}
),
firsts AS (SELECT platform, min(cohort_start) AS first_start FROM cohorts GROUP BY platform),
launch AS (
  SELECT c.platform, min(c.cohort_start) AS launch_start, max(c.cohort_start) AS launch_end,
         sum(c.cohort_size) AS cohort_users, max(c.cohort_start) + 30 <= any_value(c.as_of) AS observable
  FROM cohorts c JOIN firsts f ON f.platform = c.platform AND c.cohort_start < f.first_start + 7
  GROUP BY c.platform
),
counts AS (
  SELECT x.platform, sum(x.retained) FILTER (WHERE x.day_offset = 30) AS retained,
         sum(x.last_here) FILTER (WHERE x.day_offset >= 30) AS retained_later
  FROM retention_ev_cells x JOIN firsts f ON f.platform = x.platform AND x.cohort_start < f.first_start + 7
  WHERE ${whereCells}
  GROUP BY x.platform
)
SELECT l.platform, l.launch_start, l.launch_end, l.cohort_users, l.observable,
       CASE WHEN l.observable THEN coalesce(n.retained, 0) / l.cohort_users END AS retention_d30,
       CASE WHEN l.observable THEN 1 - coalesce(n.retained, 0) / l.cohort_users END AS churn,
       CASE WHEN l.observable THEN 1 - coalesce(n.retained_later, 0) / l.cohort_users END AS churn_unbounded, a.modelled
FROM launch l LEFT JOIN counts n ON n.platform = l.platform JOIN retention_ev_asof a ON a.platform = l.platform
ORDER BY l.platform`,
    params: p.values,
  };
}

/** The month-one churn query for a source: one row per platform in the data, imported ones too. */
export function buildMonthOneChurnSql(params: MonthOneChurnParams): BuiltQuery {
  return params.source === 'events' ? eventsSql(params) : aggregateSql(params);
}

/** Run the churn query as is (raw path: the prepared tables must exist). */
export async function queryMonthOneChurn(db: Db, params: MonthOneChurnParams): Promise<MonthOneChurnRow[]> {
  const { sql, params: values } = buildMonthOneChurnSql(params);
  return db.query<MonthOneChurnRow>(sql, values);
}

/** Month-one churn per platform, preparing the raw events first when needed. */
export const fetchMonthOneChurn = withPreparedEvents(queryMonthOneChurn);

export const monthOneChurnQueryOptions = (params: MonthOneChurnParams) =>
  sqlQueryOptions(sourceTable(params.source), 'month-one-churn', params, fetchMonthOneChurn);

export const useMonthOneChurn = (params: MonthOneChurnParams) => useQuery(monthOneChurnQueryOptions(params));
