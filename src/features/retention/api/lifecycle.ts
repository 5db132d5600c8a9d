import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ident } from '../../../lib/sql/ident';
import { ParamList } from '../../../lib/sql/params';
import { LIFECYCLE_GRAINS, type LifecycleGrain } from '../model/lifecycle';
import { ensureEventsPrepared, oncePerEvents } from './prepare-events';
import { filterCondition, type BuiltQuery } from './retention-filters';

/** The platforms and region whose activity log the lifecycle counts, and the period; it always reads raw events. */
export interface LifecycleParams {
  /** Platforms to include; empty means every platform in the log. */
  readonly platforms: readonly string[];
  /** A region (the user's first signup region), or `all`. */
  readonly region: string;
  /** Calendar days, weeks (Monday to Sunday) or months. */
  readonly grain: LifecycleGrain;
}

/**
 * One platform's period in growth accounting. Every user active in the period is exactly
 * one of new, returning or resurrecting; dormant users were active the period before and
 * not in this one.
 */
export interface LifecycleRow {
  readonly platform: string;
  /** The period's first day: the day itself, the week's Monday or the month's 1st. */
  readonly period: Date;
  /** First active period in the log. */
  readonly new_users: number;
  /** Active this period and the one before. */
  readonly returning_users: number;
  /** Active this period, not the one before, but in some earlier period. */
  readonly resurrecting_users: number;
  /** Active the period before, not this one (a positive count; charts draw it below zero). */
  readonly dormant_users: number;
  /** False for the last period when the log stops before its last day: its counts are partial. */
  readonly complete: boolean;
  /** Some of the platform's rows are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
}

/** The prepared states of one grain: `retention_lc_day`, `retention_lc_week`, `retention_lc_month`. */
const statesName = (grain: LifecycleGrain) => `retention_lc_${grain}`;
const statesTable = (grain: LifecycleGrain) => ident(statesName(grain));

/** One period as a DuckDB interval, bound as text (`1 week`). */
const step = (grain: LifecycleGrain) => `1 ${grain}`;

/**
 * The one-time step behind a grain: each user's distinct active periods, each marked new
 * (no earlier one), returning (the previous one just before) or resurrecting, and a
 * dormant count in the period after each active period not followed by another. Per
 * platform, region and period: a user's region is fixed, so summing regions is exact. The
 * per-user window is what costs on a million events, and no control changes it.
 */
export function buildPrepareLifecycleSql(grain: LifecycleGrain): BuiltQuery {
  return {
    sql: `-- retention/lifecycle: prepare ${grain}
CREATE OR REPLACE TABLE ${statesTable(grain)} AS
WITH active AS (
  SELECT DISTINCT platform, user_id, region, date_trunc($1, cohort_start + day_offset)::DATE AS period
  FROM retention_ev_activity
),
marked AS (
  SELECT platform, region, period, (period - $2::INTERVAL)::DATE AS just_before, (period + $2::INTERVAL)::DATE AS just_after,
         lag(period) OVER (PARTITION BY platform, user_id ORDER BY period) AS prev_period,
         lead(period) OVER (PARTITION BY platform, user_id ORDER BY period) AS next_period
  FROM active
),
states AS (
  SELECT platform, region, period,
         count(*) FILTER (WHERE prev_period IS NULL) AS new_users,
         count(*) FILTER (WHERE prev_period = just_before) AS returning_users,
         count(*) FILTER (WHERE prev_period < just_before) AS resurrecting_users
  FROM marked GROUP BY platform, region, period
),
dormant AS (
  SELECT platform, region, just_after AS period, count(*) AS dormant_users
  FROM marked WHERE next_period IS NULL OR next_period > just_after GROUP BY platform, region, just_after
)
SELECT platform, region, period,
       coalesce(s.new_users, 0)::INTEGER AS new_users, coalesce(s.returning_users, 0)::INTEGER AS returning_users,
       coalesce(s.resurrecting_users, 0)::INTEGER AS resurrecting_users,
       coalesce(d.dormant_users, 0)::INTEGER AS dormant_users
FROM states s FULL JOIN dormant d USING (platform, region, period)
ORDER BY platform, period`,
    params: [grain, step(grain)],
  };
}

/** Build one grain's states from the prepared activity now (the events preparation must exist). */
export async function prepareLifecycle(db: Db, grain: LifecycleGrain): Promise<void> {
  const { sql, params } = buildPrepareLifecycleSql(grain);
  await db.exec(sql, params);
}

// Each grain is prepared the first time it is asked for, once per events contents.
const prepareOnce = Object.fromEntries(
  LIFECYCLE_GRAINS.map((grain) => [
    grain,
    oncePerEvents({
      name: `retention/lifecycle-${grain}`,
      tables: [statesName(grain)],
      sql: JSON.stringify(buildPrepareLifecycleSql(grain)),
      run: (db) => prepareLifecycle(db, grain),
    }),
  ]),
) as Record<LifecycleGrain, ReturnType<typeof oncePerEvents>>;

/**
 * Growth accounting per platform and period: the prepared states summed over the regions
 * in view. Every period from the platform's first active one to the one holding its last
 * logged day is listed, zeros included, so a quiet period is a row and not a hole.
 */
export function buildLifecycleSql(params: LifecycleParams): BuiltQuery {
  const p = new ParamList();
  const grain = p.add(params.grain);
  const interval = `${p.add(step(params.grain))}::INTERVAL`;
  const where = filterCondition(params, p);
  return {
    sql: `-- retention/lifecycle
WITH counts AS (
  SELECT platform, period, sum(new_users) AS new_users, sum(returning_users) AS returning_users,
         sum(resurrecting_users) AS resurrecting_users, sum(dormant_users) AS dormant_users
  FROM ${statesTable(params.grain)} WHERE ${where} GROUP BY platform, period
),
spans AS (
  SELECT c.platform, min(c.period) AS first_period, date_trunc(${grain}, any_value(a.as_of))::DATE AS last_period,
         any_value(a.as_of) AS as_of, any_value(a.modelled) AS modelled
  FROM counts c JOIN retention_ev_asof a ON a.platform = c.platform
  WHERE c.new_users + c.returning_users + c.resurrecting_users > 0
  GROUP BY c.platform
),
periods AS (
  SELECT platform, unnest(generate_series(first_period, last_period, ${interval}))::DATE AS period, as_of, modelled
  FROM spans
)
SELECT w.platform, w.period,
       coalesce(c.new_users, 0)::INTEGER AS new_users,
       coalesce(c.returning_users, 0)::INTEGER AS returning_users,
       coalesce(c.resurrecting_users, 0)::INTEGER AS resurrecting_users,
       coalesce(c.dormant_users, 0)::INTEGER AS dormant_users,
       (w.period + ${interval})::DATE - 1 <= w.as_of AS complete, w.modelled
FROM periods w LEFT JOIN counts c ON c.platform = w.platform AND c.period = w.period
ORDER BY w.platform, w.period`,
    params: p.values,
  };
}

/** Run the lifecycle query as is (the grain's prepared table must exist). */
export async function queryLifecycle(db: Db, params: LifecycleParams): Promise<LifecycleRow[]> {
  const { sql, params: values } = buildLifecycleSql(params);
  return db.query<LifecycleRow>(sql, values);
}

/** Lifecycle per platform and period, preparing the raw events and the grain's states first. */
export async function fetchLifecycle(db: Db, params: LifecycleParams): Promise<LifecycleRow[]> {
  await prepareOnce[params.grain](db, await ensureEventsPrepared(db));
  return queryLifecycle(db, params);
}

export const lifecycleQueryOptions = (params: LifecycleParams) =>
  sqlQueryOptions('events', 'lifecycle', params, fetchLifecycle);

export const useLifecycle = (params: LifecycleParams) => useQuery(lifecycleQueryOptions(params));
