/**
 * Same-run references for the retention views: each figure computed the naive way,
 * straight from the raw `events` table on every call, with no prepared tables. They are
 * what a control change would cost without the one-time preparation.
 */

/**
 * Weekly lifecycle from raw events: each user's first signup, their distinct active weeks,
 * and self-joins for "active the week before", "active some earlier week" and "active the
 * week after" (dormant next week).
 */
export function naiveLifecycleSql(events: string): string {
  return `-- bench/naive-lifecycle
WITH firsts AS (
  SELECT platform, user_id, min(signup_date) AS signup_day FROM ${events} GROUP BY platform, user_id
), weeks AS (
  SELECT DISTINCT e.platform, e.user_id, date_trunc('week', e.activity_date)::DATE AS week
  FROM ${events} e JOIN firsts f USING (platform, user_id) WHERE e.activity_date >= f.signup_day
), firstweek AS (
  SELECT platform, user_id, min(week) AS first_week FROM weeks GROUP BY platform, user_id
), states AS (
  SELECT w.platform, w.week,
         count(*) FILTER (WHERE w.week = fw.first_week) AS new_users,
         count(*) FILTER (WHERE p.user_id IS NOT NULL) AS returning_users,
         count(*) FILTER (WHERE w.week > fw.first_week AND p.user_id IS NULL) AS resurrecting_users
  FROM weeks w JOIN firstweek fw USING (platform, user_id)
  LEFT JOIN weeks p ON p.platform = w.platform AND p.user_id = w.user_id AND p.week = w.week - 7
  GROUP BY ALL
), dormant AS (
  SELECT w.platform, w.week + 7 AS week, count(*) AS dormant_users
  FROM weeks w LEFT JOIN weeks n ON n.platform = w.platform AND n.user_id = w.user_id AND n.week = w.week + 7
  WHERE n.user_id IS NULL GROUP BY ALL
)
SELECT s.*, coalesce(d.dormant_users, 0) AS dormant_users
FROM states s LEFT JOIN dormant d USING (platform, week)
ORDER BY ALL`;
}

/**
 * Bracket retention from raw events with the default brackets: each user's first signup,
 * cohort sizes per platform and signup day, and per bracket the distinct users active on
 * any of its days, among the cohorts the log covers through the bracket's last day.
 */
export function naiveBracketsSql(events: string): string {
  return `-- bench/naive-brackets
WITH brackets(bracket, lo, hi) AS (VALUES (0, 1, 1), (1, 2, 7), (2, 8, 14), (3, 15, 30), (4, 31, 90)),
firsts AS (
  SELECT platform, user_id, min(signup_date) AS signup_day FROM ${events} GROUP BY platform, user_id
), as_of AS (
  SELECT platform, max(activity_date) AS as_of FROM ${events} GROUP BY platform
), eligible AS (
  SELECT b.bracket, f.platform, count(*) AS users
  FROM brackets b JOIN firsts f ON TRUE JOIN as_of a USING (platform)
  WHERE f.signup_day + b.hi <= a.as_of GROUP BY ALL
), active AS (
  SELECT b.bracket, e.platform, count(DISTINCT e.user_id) AS active
  FROM ${events} e JOIN firsts f USING (platform, user_id) JOIN as_of a USING (platform)
  JOIN brackets b ON date_diff('day', f.signup_day, e.activity_date) BETWEEN b.lo AND b.hi
  WHERE f.signup_day + b.hi <= a.as_of GROUP BY ALL
)
SELECT e.platform, e.bracket, e.users, coalesce(n.active, 0) AS active, coalesce(n.active, 0) / e.users AS retention
FROM eligible e LEFT JOIN active n USING (bracket, platform)
ORDER BY ALL`;
}
