import { skipToken, useQuery, type SkipToken } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { pooledRetentionSql } from '../../../lib/cohorts/pooled-retention-sql';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

export interface RetentionCurveParams {
  readonly platform: string;
  /** Preferred region (the target's); else "global", else the region with the most users. */
  readonly region: string;
}

/** Share of signups still active `day_offset` days later, pooled over cohorts. */
export interface RetentionCurvePoint {
  readonly region: string;
  readonly day_offset: number;
  readonly retained_share: number;
  /** `unbounded`: active on that day or later (not churned yet); `daily`: active on that very day. */
  readonly retention_basis: 'unbounded' | 'daily';
  readonly cohort_users: number;
  readonly cohorts: number;
  /** Some of the rows pooled are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
}

/**
 * The platform's retention curve: retained / cohort_size per day offset, summed over its
 * cohorts (so large cohorts weigh more). Unbounded retention (`retained_later`: active on
 * that day or any later one) is used when every row has it: the projection's "active
 * users" are signups who have not left, not those who happened to open the app that very
 * day, which N-day retention measures and which would sit far below reported MAU.
 * Parameters: $1 platform, $2 preferred region.
 */
export function buildRetentionCurveSql(): string {
  return `-- projection/retention-curve
WITH picked AS (
  SELECT region FROM retention WHERE platform = $1
  GROUP BY region
  ORDER BY region = $2 DESC, region = 'global' DESC, sum(cohort_size) DESC, region
  LIMIT 1
), rows AS (
  SELECT r.* FROM retention r JOIN picked USING (region) WHERE r.platform = $1 AND r.cohort_size > 0
), pooled AS (
  ${pooledRetentionSql({ from: 'rows', by: ['region'] })}
), basis AS (
  SELECT bool_and(retained_later IS NOT NULL) AS unbounded FROM pooled
), flag AS (
  SELECT bool_or(kind = 'modelled') AS modelled FROM rows
)
SELECT p.region, p.day_offset,
       CASE WHEN b.unbounded THEN p.retained_later ELSE p.retained END / p.cohort_users AS retained_share,
       CASE WHEN b.unbounded THEN 'unbounded' ELSE 'daily' END AS retention_basis,
       p.cohort_users, p.cohorts, f.modelled
FROM pooled p CROSS JOIN basis b CROSS JOIN flag f
ORDER BY p.day_offset`;
}

/** The curve, or no rows when the platform (or the whole app) has no retention data yet. */
export async function fetchRetentionCurve(db: Db, params: RetentionCurveParams): Promise<RetentionCurvePoint[]> {
  return db.query<RetentionCurvePoint>(buildRetentionCurveSql(), [params.platform, params.region]);
}

export const retentionCurveQueryOptions = (params: RetentionCurveParams | SkipToken) =>
  sqlQueryOptions('retention', 'projection-retention-curve', params, fetchRetentionCurve);

/** The retention curve for the projection; waits (skipToken) while `params` is null. */
export const useRetentionCurve = (params: RetentionCurveParams | null) =>
  useQuery(retentionCurveQueryOptions(params ?? skipToken));
