import { ParamList } from '../../../lib/sql/params';
import { filterCondition, type BuiltQuery, type RetentionSource } from './retention-filters';

/** The fixed terms of the month-one definitions, as the published figures used them. */
export const MONTH_ONE = {
  /** Day 30 after signup (N-day, unbounded) or after the launch (DAU decline, first-week share). */
  day: 30,
  /** The launch cohorts: signups in the first 7 days of a platform's data. */
  launchDays: 7,
  /** Amplitude-style bracket around day 30. */
  bracket: { from: 28, to: 35 },
  /** Days in the moving average of active users (Similarweb and Sensor Tower quote 7-day averages). */
  averageDays: 7,
} as const;

export interface ChurnDefinitionsParams {
  readonly source: RetentionSource;
  readonly region: string;
}

interface Terms {
  readonly day: string;
  readonly week: string;
  readonly from: string;
  readonly to: string;
  readonly avg: string;
}

function termsOf(p: ParamList): Terms {
  return {
    day: p.int(MONTH_ONE.day),
    week: p.int(MONTH_ONE.launchDays),
    from: p.int(MONTH_ONE.bracket.from),
    to: p.int(MONTH_ONE.bracket.to),
    avg: p.int(MONTH_ONE.averageDays),
  };
}

/**
 * Aggregate path. A cohort table counts each day apart, so the share of a cohort active
 * on ANY day of a bracket is not in it: it is at least the best single day and at most
 * those active on day 28 or later (and, when every day of the bracket has a row, the sum
 * of the days). Both bounds are kept. A cohort row may stand for several signup days
 * (the bundled rows are 7-day blocks): its `span` is the platform's smallest gap
 * between cohort starts, over which the calendar figures spread its users evenly.
 */
function aggregateCtes(params: ChurnDefinitionsParams, p: ParamList, t: Terms): string {
  const where = filterCondition({ platforms: [], region: params.region }, p);
  return `daily AS (
  SELECT platform, cohort_start, day_offset, sum(cohort_size) AS cohort_size, sum(retained) AS retained,
         CASE WHEN count(retained_later) = count(*) THEN sum(retained_later) END AS retained_later,
         bool_or(kind = 'modelled') AS modelled
  FROM retention WHERE ${where} GROUP BY platform, cohort_start, day_offset
),
starts AS (SELECT DISTINCT platform, cohort_start FROM daily),
gaps AS (
  SELECT platform, min(gap) AS span
  FROM (SELECT platform, date_diff('day', lag(cohort_start) OVER (PARTITION BY platform ORDER BY cohort_start), cohort_start) AS gap FROM starts)
  GROUP BY platform
),
firsts AS (
  SELECT x.platform, min(x.cohort_start) AS launch, max(x.cohort_start + x.day_offset) AS as_of, coalesce(any_value(g.span), 1)::INTEGER AS span,
         bool_or(x.modelled) AS modelled
  FROM daily x LEFT JOIN gaps g USING (platform) GROUP BY x.platform
),
launch AS (SELECT x.* FROM daily x JOIN firsts f USING (platform) WHERE x.cohort_start < f.launch + ${t.week}),
sizes AS (
  SELECT platform, min(cohort_start) AS launch_start, max(cohort_start) AS launch_end, sum(cohort_size) AS cohort_users, count(*) AS members
  FROM launch WHERE day_offset = 0 GROUP BY platform
),
at_day AS (
  SELECT platform, count(*) AS members, sum(retained) AS retained, sum(retained_later) AS later, count(retained_later) AS known
  FROM launch WHERE day_offset = ${t.day} GROUP BY platform
),
per_cohort AS (
  SELECT platform, cohort_start, max(retained) AS lo,
         CASE WHEN count(*) = ${t.to} - ${t.from} + 1 THEN least(sum(retained), coalesce(max(retained_later) FILTER (WHERE day_offset = ${t.from}), sum(retained)))
              ELSE max(retained_later) FILTER (WHERE day_offset = ${t.from}) END AS hi,
         max(day_offset) >= ${t.to} AS observed
  FROM launch WHERE day_offset BETWEEN ${t.from} AND ${t.to} GROUP BY platform, cohort_start
),
bracket AS (
  SELECT platform, sum(lo) AS lo, CASE WHEN count(hi) = count(*) THEN sum(hi) END AS hi, count(*) FILTER (WHERE observed) AS complete
  FROM per_cohort GROUP BY platform
),
launch_counts AS (
  SELECT s.platform, s.launch_start, s.launch_end, s.cohort_users,
         CASE WHEN coalesce(d.members, 0) = s.members THEN d.retained END AS nday_active,
         CASE WHEN coalesce(d.members, 0) = s.members AND d.known = d.members THEN d.later END AS unbounded_active,
         CASE WHEN coalesce(b.complete, 0) = s.members THEN b.lo END AS bracket_low_active,
         CASE WHEN coalesce(b.complete, 0) = s.members THEN b.hi END AS bracket_high_active
  FROM sizes s LEFT JOIN at_day d USING (platform) LEFT JOIN bracket b USING (platform)
)`;
}

/** Raw path, on the prepared tables: the bracket counts each user once, exactly. */
function eventsCtes(params: ChurnDefinitionsParams, p: ParamList, t: Terms): string {
  const region = { platforms: [], region: params.region };
  return `cohorts AS (
  SELECT platform, cohort_start, sum(cohort_size) AS cohort_size FROM retention_ev_cohorts WHERE ${filterCondition(region, p)} GROUP BY ALL
),
daily AS (
  SELECT platform, cohort_start, day_offset, sum(retained) AS retained, sum(last_here) AS last_here
  FROM retention_ev_cells WHERE ${filterCondition(region, p)} GROUP BY ALL
),
firsts AS (
  SELECT c.platform, min(c.cohort_start) AS launch, any_value(a.as_of) AS as_of, 1 AS span, any_value(a.modelled) AS modelled
  FROM cohorts c JOIN retention_ev_asof a USING (platform) GROUP BY c.platform
),
sizes AS (
  SELECT c.platform, min(c.cohort_start) AS launch_start, max(c.cohort_start) AS launch_end, sum(c.cohort_size) AS cohort_users
  FROM cohorts c JOIN firsts f USING (platform) WHERE c.cohort_start < f.launch + ${t.week} GROUP BY c.platform
),
counts AS (
  SELECT x.platform, sum(x.retained) FILTER (WHERE x.day_offset = ${t.day}) AS nday,
         sum(x.last_here) FILTER (WHERE x.day_offset >= ${t.day}) AS later
  FROM daily x JOIN firsts f USING (platform) WHERE x.cohort_start < f.launch + ${t.week} GROUP BY x.platform
),
bracket AS (
  SELECT a.platform, count(DISTINCT a.user_id) AS active
  FROM retention_ev_activity a JOIN firsts f USING (platform)
  WHERE a.cohort_start < f.launch + ${t.week} AND a.day_offset BETWEEN ${t.from} AND ${t.to} AND ${filterCondition(region, p, 'a')}
  GROUP BY a.platform
),
launch_counts AS (
  SELECT s.platform, s.launch_start, s.launch_end, s.cohort_users,
         CASE WHEN s.launch_end + ${t.day} <= f.as_of THEN coalesce(n.nday, 0) END AS nday_active,
         CASE WHEN s.launch_end + ${t.day} <= f.as_of THEN coalesce(n.later, 0) END AS unbounded_active,
         CASE WHEN s.launch_end + ${t.to} <= f.as_of THEN coalesce(b.active, 0) END AS bracket_low_active,
         CASE WHEN s.launch_end + ${t.to} <= f.as_of THEN coalesce(b.active, 0) END AS bracket_high_active
  FROM sizes s JOIN firsts f USING (platform) LEFT JOIN counts n USING (platform) LEFT JOIN bracket b USING (platform)
)`;
}

/**
 * What both paths share, over `daily` (users active per cohort and day offset) and
 * `firsts` (each platform's first day, last observed day and cohort span): the platform's daily
 * actives for the launch's first 30 days, their trailing 7-day average against its peak,
 * and the first-week signups active on the launch's day 30 (one calendar date).
 */
function sharedTail(t: Terms): string {
  return `calendar AS (
  SELECT x.platform, date_diff('day', f.launch, x.cohort_start) + x.day_offset + d.range AS t,
         x.cohort_start < f.launch + ${t.week} AS first_week, x.retained / f.span AS retained
  FROM daily x JOIN firsts f USING (platform) JOIN range(0, ${t.day} + 1) d ON d.range < f.span
  WHERE x.cohort_start + x.day_offset <= f.launch + ${t.day}
),
series AS (
  SELECT f.platform, r.range::INTEGER AS t, coalesce(sum(c.retained), 0) AS actives
  FROM firsts f CROSS JOIN range(0, ${t.day} + 1) r LEFT JOIN calendar c ON c.platform = f.platform AND c.t = r.range
  GROUP BY f.platform, r.range
),
moving AS (
  SELECT s.platform, s.t, avg(w.actives) AS average
  FROM series s JOIN series w ON w.platform = s.platform AND w.t BETWEEN s.t - ${t.avg} + 1 AND s.t
  WHERE s.t >= ${t.avg} - 1 GROUP BY s.platform, s.t
),
peaks AS (SELECT platform, max(average) AS peak, max(average) FILTER (WHERE t = ${t.day}) AS at_day FROM moving GROUP BY platform),
first_week AS (SELECT platform, sum(retained) AS active FROM calendar WHERE first_week AND t = ${t.day} GROUP BY platform)
SELECT l.platform, l.launch_start, l.launch_end, f.as_of, f.modelled, l.cohort_users,
       l.nday_active, l.unbounded_active, l.bracket_low_active, l.bracket_high_active,
       CASE WHEN f.launch + ${t.day} <= f.as_of THEN coalesce(w.active, 0) END AS share_active,
       CASE WHEN f.launch + ${t.day} <= f.as_of THEN k.peak END AS dau_peak,
       CASE WHEN f.launch + ${t.day} <= f.as_of THEN k.at_day END AS dau_at_day,
       1 - l.nday_active / l.cohort_users AS nday_churn,
       1 - l.unbounded_active / l.cohort_users AS unbounded_churn,
       1 - l.bracket_high_active / l.cohort_users AS bracket_churn_low,
       1 - l.bracket_low_active / l.cohort_users AS bracket_churn_high,
       CASE WHEN f.launch + ${t.day} <= f.as_of AND k.peak > 0 THEN 1 - k.at_day / k.peak END AS dau_decline,
       CASE WHEN f.launch + ${t.day} <= f.as_of THEN 1 - coalesce(w.active, 0) / l.cohort_users END AS share_not_active
FROM launch_counts l JOIN firsts f USING (platform) LEFT JOIN peaks k USING (platform) LEFT JOIN first_week w USING (platform)
WHERE l.cohort_users > 0
ORDER BY l.platform`;
}

/** Month-one churn of each platform under every definition, in one query per source. */
export function buildChurnDefinitionsSql(params: ChurnDefinitionsParams): BuiltQuery {
  const p = new ParamList();
  const t = termsOf(p);
  const ctes = params.source === 'events' ? eventsCtes(params, p, t) : aggregateCtes(params, p, t);
  return {
    sql: `-- retention/churn-definitions (${params.source})\nWITH ${ctes},\n${sharedTail(t)}`,
    params: p.values,
  };
}
