import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ParamList } from '../../../lib/sql/params';
import { ACTIVE_DAYS_WINDOW, ensureStickinessPrepared } from './prepare-stickiness';
import { filterCondition, type BuiltQuery } from './retention-filters';
import type { StickinessParams } from './stickiness-ratio';

export { ACTIVE_DAYS_WINDOW };

/** Users of one platform active on exactly `days_active` days of its window. */
export interface ActiveDaysRow {
  readonly platform: string;
  /** First and last day of the window: the platform's last logged day and the 29 before it. */
  readonly window_start: Date;
  readonly window_end: Date;
  /** 1 to ACTIVE_DAYS_WINDOW. */
  readonly days_active: number;
  readonly users: number;
  /** users ÷ every user active in the window. */
  readonly share: number;
  /** Some of the platform's rows are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
}

/**
 * How many days each user active in the window was active on, per platform, summed over
 * the regions in view from the prepared counts (prepare-stickiness.ts). Every count from 1
 * to the window's length is a row, zeros included, so the distributions of two platforms
 * line up.
 */
export function buildActiveDaysSql(params: StickinessParams): BuiltQuery {
  const p = new ParamList();
  const where = filterCondition(params, p);
  const span = p.int(ACTIVE_DAYS_WINDOW);
  return {
    sql: `-- retention/active-days
WITH windows AS (
  SELECT platform, as_of - (${span} - 1) AS window_start, as_of AS window_end, modelled FROM retention_ev_asof
),
counts AS (
  SELECT platform, days_active, sum(users) AS users FROM retention_st_active_days WHERE ${where} GROUP BY ALL
),
totals AS (SELECT platform, sum(users) AS total FROM counts GROUP BY platform),
grid AS (
  SELECT w.*, unnest(range(1, ${span} + 1)) AS days_active FROM windows w JOIN totals t USING (platform)
)
SELECT g.platform, g.window_start, g.window_end, g.days_active::INTEGER AS days_active,
       coalesce(c.users, 0)::INTEGER AS users, coalesce(c.users, 0) / t.total AS share, g.modelled
FROM grid g JOIN totals t USING (platform) LEFT JOIN counts c USING (platform, days_active)
ORDER BY g.platform, g.days_active`,
    params: p.values,
  };
}

/** Run the distribution query as is (the stickiness tables must exist). */
export async function queryActiveDays(db: Db, params: StickinessParams): Promise<ActiveDaysRow[]> {
  const { sql, params: values } = buildActiveDaysSql(params);
  return db.query<ActiveDaysRow>(sql, values);
}

/** Days active per user in each platform's last 30 logged days, preparing the raw events and their counts first. */
export async function fetchActiveDays(db: Db, params: StickinessParams): Promise<ActiveDaysRow[]> {
  await ensureStickinessPrepared(db);
  return queryActiveDays(db, params);
}

export const activeDaysQueryOptions = (params: StickinessParams) =>
  sqlQueryOptions('events', 'active-days', params, fetchActiveDays);

export const useActiveDays = (params: StickinessParams) => useQuery(activeDaysQueryOptions(params));
