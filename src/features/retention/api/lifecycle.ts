import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ParamList } from '../../../lib/sql/params';
import { ensureActivityViewsPrepared } from './prepare-activity-views';
import { filterCondition, type BuiltQuery } from './retention-filters';

/** The platforms and region whose activity log the lifecycle counts; it always reads raw events. */
export interface LifecycleParams {
  /** Platforms to include; empty means every platform in the log. */
  readonly platforms: readonly string[];
  /** A region (the user's first signup region), or `all`. */
  readonly region: string;
}

/**
 * One platform's week (Monday to Sunday) in growth accounting. Every user active in the
 * week is exactly one of new, returning or resurrecting; dormant users were active the
 * week before and not in this one.
 */
export interface LifecycleRow {
  readonly platform: string;
  /** The Monday the week starts on. */
  readonly week: Date;
  /** First active week in the log. */
  readonly new_users: number;
  /** Active this week and the week before. */
  readonly returning_users: number;
  /** Active this week, not the week before, but in some earlier week. */
  readonly resurrecting_users: number;
  /** Active the week before, not this week (a positive count; charts draw it below zero). */
  readonly dormant_users: number;
  /** False for the last week when the log stops before its Sunday: its counts are partial. */
  readonly complete: boolean;
  /** Some of the platform's rows are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
}

/**
 * Growth accounting per platform and week: the prepared weekly states
 * (`retention_lc_weeks`, see prepare-activity-views.ts) summed over the regions in view.
 * Every week from the platform's first active week to the one holding its last logged day
 * is listed, zeros included, so a quiet week is a row and not a hole.
 */
export function buildLifecycleSql(params: LifecycleParams): BuiltQuery {
  const p = new ParamList();
  const where = filterCondition(params, p);
  return {
    sql: `-- retention/lifecycle
WITH counts AS (
  SELECT platform, week, sum(new_users) AS new_users, sum(returning_users) AS returning_users,
         sum(resurrecting_users) AS resurrecting_users, sum(dormant_users) AS dormant_users
  FROM retention_lc_weeks WHERE ${where} GROUP BY platform, week
),
spans AS (
  SELECT c.platform, min(c.week) AS first_week, date_trunc('week', any_value(a.as_of))::DATE AS last_week,
         any_value(a.as_of) AS as_of, any_value(a.modelled) AS modelled
  FROM counts c JOIN retention_ev_asof a ON a.platform = c.platform
  WHERE c.new_users + c.returning_users + c.resurrecting_users > 0
  GROUP BY c.platform
),
weeks AS (
  SELECT platform, unnest(generate_series(first_week, last_week, INTERVAL 7 DAY))::DATE AS week, as_of, modelled
  FROM spans
)
SELECT w.platform, w.week,
       coalesce(c.new_users, 0)::INTEGER AS new_users,
       coalesce(c.returning_users, 0)::INTEGER AS returning_users,
       coalesce(c.resurrecting_users, 0)::INTEGER AS resurrecting_users,
       coalesce(c.dormant_users, 0)::INTEGER AS dormant_users,
       w.week + 6 <= w.as_of AS complete, w.modelled
FROM weeks w LEFT JOIN counts c ON c.platform = w.platform AND c.week = w.week
ORDER BY w.platform, w.week`,
    params: p.values,
  };
}

/** Run the lifecycle query as is (the prepared tables must exist). */
export async function queryLifecycle(db: Db, params: LifecycleParams): Promise<LifecycleRow[]> {
  const { sql, params: values } = buildLifecycleSql(params);
  return db.query<LifecycleRow>(sql, values);
}

/** Weekly lifecycle per platform, preparing the raw events and the weekly states first. */
export async function fetchLifecycle(db: Db, params: LifecycleParams): Promise<LifecycleRow[]> {
  await ensureActivityViewsPrepared(db);
  return queryLifecycle(db, params);
}

export const lifecycleQueryOptions = (params: LifecycleParams) =>
  sqlQueryOptions('events', 'lifecycle', params, fetchLifecycle);

export const useLifecycle = (params: LifecycleParams) => useQuery(lifecycleQueryOptions(params));
