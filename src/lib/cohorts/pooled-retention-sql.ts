import { ident } from '../sql/ident';

/** What to pool: rows shaped like the `retention` table, one per cohort and day offset. */
export interface PooledRetentionSpec {
  /** The table or CTE holding the rows (`cohort_start`, `day_offset`, `cohort_size`, `retained`, `retained_later`). */
  readonly from: string;
  /** Columns whose values get a curve each (e.g. `platform`); `day_offset` is always kept apart. */
  readonly by: readonly string[];
  /** A condition on the rows, with values as bound parameters; every row when absent. */
  readonly where?: string;
}

/**
 * One retention curve per `by` group, pooled over its cohorts: per day offset, the users
 * of the cohorts with a row there (`cohort_users`), of those the users active on that day
 * (`retained`) and on that day or any later one (`retained_later`, null unless every
 * pooled row knows it), and how many cohorts were pooled (`cohorts`). Dividing by
 * `cohort_users` weighs each cohort by its size. Offsets with no users are left out.
 * Retention's curves and the projection's active-user curve both read this.
 */
export function pooledRetentionSql(spec: PooledRetentionSpec): string {
  const keys = [...spec.by.map(ident), 'day_offset'].join(', ');
  return `SELECT ${keys}, sum(cohort_size) AS cohort_users, sum(retained) AS retained,
       CASE WHEN count(retained_later) = count(*) THEN sum(retained_later) END AS retained_later,
       count(DISTINCT cohort_start) AS cohorts
FROM ${ident(spec.from)}
WHERE ${spec.where ?? 'TRUE'}
GROUP BY ${keys}
HAVING sum(cohort_size) > 0`;
}
