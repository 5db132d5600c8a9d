import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ParamList } from '../../../lib/sql/params';
import type { LifecycleParams } from './lifecycle';
import { ensureStickinessPrepared } from './prepare-stickiness';
import { filterCondition, type BuiltQuery } from './retention-filters';

/** The platforms and region whose activity log is read (raw events only). */
export type StickinessParams = Omit<LifecycleParams, 'grain'>;

/**
 * One platform's calendar month: its average daily actives over the days the log covers
 * and its monthly actives, whose ratio is the month's DAU/MAU.
 */
export interface StickinessRatioRow {
  readonly platform: string;
  /** The first day of the month. */
  readonly month: Date;
  /** Days of the month the platform's log covers (from its first active day to its last logged day). */
  readonly observed_days: number;
  /** False when the log covers only part of the month. */
  readonly complete: boolean;
  /** User-days of activity in the month: the sum of its daily actives. */
  readonly active_user_days: number;
  /** Distinct users active on any day of the month. */
  readonly mau: number;
  /** active_user_days ÷ observed_days. */
  readonly avg_dau: number;
  /** avg_dau ÷ mau: the share of a month's users active on an average day. */
  readonly dau_mau: number;
  /** Some of the platform's rows are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
}

/**
 * DAU/MAU per platform and calendar month, summed over the regions in view from the
 * prepared monthly counts (prepare-stickiness.ts; a user is in one region, so their sum
 * counts nobody twice). A month the log covers only in part averages its daily actives
 * over the days covered, so its ratio is not diluted by days with no data.
 */
export function buildStickinessRatioSql(params: StickinessParams): BuiltQuery {
  const p = new ParamList();
  const where = filterCondition(params, p);
  return {
    sql: `-- retention/stickiness-ratio
WITH months AS (
  SELECT platform, month, sum(active_user_days) AS active_user_days, sum(mau) AS mau, min(first_day) AS first_day
  FROM retention_st_months WHERE ${where} GROUP BY platform, month
),
firsts AS (SELECT platform, min(first_day) AS first_day FROM months GROUP BY platform),
covered AS (
  SELECT m.* EXCLUDE (first_day), a.modelled,
         date_diff('day', greatest(m.month, f.first_day), least(last_day(m.month), a.as_of))::INTEGER + 1 AS observed_days,
         m.month >= f.first_day AND last_day(m.month) <= a.as_of AS complete
  FROM months m JOIN firsts f USING (platform) JOIN retention_ev_asof a USING (platform)
)
SELECT platform, month, observed_days, complete, active_user_days::INTEGER AS active_user_days, mau::INTEGER AS mau,
       active_user_days / observed_days AS avg_dau, active_user_days / observed_days / mau AS dau_mau, modelled
FROM covered
ORDER BY platform, month`,
    params: p.values,
  };
}

/** Run the DAU/MAU query as is (the stickiness tables must exist). */
export async function queryStickinessRatio(db: Db, params: StickinessParams): Promise<StickinessRatioRow[]> {
  const { sql, params: values } = buildStickinessRatioSql(params);
  return db.query<StickinessRatioRow>(sql, values);
}

/** Monthly DAU/MAU per platform, preparing the raw events and their monthly counts first. */
export async function fetchStickinessRatio(db: Db, params: StickinessParams): Promise<StickinessRatioRow[]> {
  await ensureStickinessPrepared(db);
  return queryStickinessRatio(db, params);
}

export const stickinessRatioQueryOptions = (params: StickinessParams) =>
  sqlQueryOptions('events', 'stickiness-ratio', params, fetchStickinessRatio);

export const useStickinessRatio = (params: StickinessParams) => useQuery(stickinessRatioQueryOptions(params));
