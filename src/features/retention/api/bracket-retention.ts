import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { ParamList } from '../../../lib/sql/params';
import type { DayBracket } from '../model/brackets';
import { ensureActivityViewsPrepared } from './prepare-activity-views';
import { filterCondition, type BuiltQuery } from './retention-filters';

export interface BracketRetentionParams {
  /** Platforms to include; empty means every platform in the log. */
  readonly platforms: readonly string[];
  /** A region, or `all`. */
  readonly region: string;
  readonly brackets: readonly DayBracket[];
}

/** One platform's retention in one bracket: users active on any day of it. */
export interface BracketRetentionRow {
  readonly platform: string;
  /** Position of the bracket in the list asked for. */
  readonly bracket: number;
  readonly lo: number;
  readonly hi: number;
  /** Users of the cohorts observed to the bracket's last day (signup + hi ≤ the log's last day). */
  readonly users: number;
  /** Of them, users active on at least one day of the bracket. */
  readonly active: number;
  /** active ÷ users. */
  readonly retention: number;
  /** Some of the platform's rows are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
}

/**
 * Retention in user-defined brackets: per platform and bracket, the users of every cohort
 * the log has observed through the bracket's last day, and how many of them were active on
 * any day of it. From the small prepared tables (prepare-activity-views.ts): a user active
 * in days lo–hi has exactly one pair (previous active day < lo ≤ active day ≤ hi) in
 * `retention_br_pairs`, so the sum over all cohorts counts each such user once; cohorts
 * not observed through hi are then taken out. Their users' days all fall before hi, so
 * their pairs in the bracket are their users active on day lo or later, which
 * `retention_br_lasts` counts by last active day. Bracket bounds travel as bound integers.
 */
export function buildBracketRetentionSql(params: BracketRetentionParams): BuiltQuery {
  const p = new ParamList();
  const rows = params.brackets.map((b, i) => `(${p.int(i)}, ${p.int(b.lo)}, ${p.int(b.hi)})`).join(', ');
  const whereCohorts = filterCondition(params, p, 'c');
  const wherePairs = filterCondition(params, p, 'x');
  const whereLasts = filterCondition(params, p, 'l');
  return {
    sql: `-- retention/bracket-retention
WITH brackets(bracket, lo, hi) AS (VALUES ${rows}),
eligible AS (
  SELECT b.bracket, c.platform, sum(c.cohort_size) AS users
  FROM brackets b JOIN retention_ev_cohorts c ON TRUE JOIN retention_ev_asof a ON a.platform = c.platform
  WHERE ${whereCohorts} AND c.cohort_start + b.hi <= a.as_of
  GROUP BY b.bracket, c.platform
),
reached AS (
  SELECT b.bracket, x.platform, sum(x.users) AS users
  FROM brackets b JOIN retention_br_pairs x ON x.day_offset BETWEEN b.lo AND b.hi AND x.prev_offset < b.lo
  WHERE ${wherePairs}
  GROUP BY b.bracket, x.platform
),
unobserved AS (
  SELECT b.bracket, l.platform, sum(l.users) AS users
  FROM brackets b JOIN retention_br_lasts l ON l.observed < b.hi AND l.last_offset >= b.lo
  WHERE ${whereLasts}
  GROUP BY b.bracket, l.platform
),
active AS (
  SELECT r.bracket, r.platform, r.users - coalesce(u.users, 0) AS active
  FROM reached r LEFT JOIN unobserved u USING (bracket, platform)
)
SELECT e.platform, e.bracket, b.lo, b.hi, e.users::INTEGER AS users, coalesce(n.active, 0)::INTEGER AS active,
       coalesce(n.active, 0) / e.users AS retention, a.modelled
FROM eligible e JOIN brackets b USING (bracket) JOIN retention_ev_asof a ON a.platform = e.platform
LEFT JOIN active n ON n.bracket = e.bracket AND n.platform = e.platform
WHERE e.users > 0
ORDER BY e.platform, e.bracket`,
    params: p.values,
  };
}

/** Run the bracket query as is (the prepared tables must exist). */
export async function queryBracketRetention(db: Db, params: BracketRetentionParams): Promise<BracketRetentionRow[]> {
  if (params.brackets.length === 0) return [];
  const { sql, params: values } = buildBracketRetentionSql(params);
  return db.query<BracketRetentionRow>(sql, values);
}

/** Retention per platform in each bracket, preparing the raw events and the bracket entries first. */
export async function fetchBracketRetention(db: Db, params: BracketRetentionParams): Promise<BracketRetentionRow[]> {
  await ensureActivityViewsPrepared(db);
  return queryBracketRetention(db, params);
}

export const bracketRetentionQueryOptions = (params: BracketRetentionParams) =>
  sqlQueryOptions('events', 'bracket-retention', params, fetchBracketRetention);

export const useBracketRetention = (params: BracketRetentionParams) => useQuery(bracketRetentionQueryOptions(params));
