/**
 * SQL pieces the cohort heatmap uses to tell a partial cohort: one whose week or month
 * goes on after the data's last signup day, so users were still joining it.
 */

/** The last day of a cohort's period: its Sunday, or its month's last day (`grain` a bound placeholder, `cohort` a column). */
export const cohortEndSql = (grain: string, cohort: string) =>
  `CASE WHEN ${grain} = 'week' THEN ${cohort} + 6 ELSE last_day(${cohort}) END`;

/**
 * Aggregate path: the last signup day of the platform's rows in view. A cohort row covers a
 * signup block from its first day to the day before the next block (the shortest gap
 * between cohort starts; a calendar month when every cohort starts on a 1st, a single day
 * when there is one cohort), and no signup can be later than the last day observed.
 * `platform` is a bound placeholder and `where` a `filterCondition` on `retention`.
 */
export function signupsEndSql(platform: string, where: string): string {
  return `starts AS (
  SELECT cohort_start, cohort_start - lag(cohort_start) OVER (ORDER BY cohort_start) AS gap
  FROM (SELECT DISTINCT cohort_start FROM retention WHERE platform = ${platform} AND ${where})
),
signups AS (
  SELECT least(
    CASE WHEN bool_and(day(cohort_start) = 1) AND min(gap) >= 28 THEN last_day(max(cohort_start))
         ELSE max(cohort_start) + coalesce(min(gap), 1)::INTEGER - 1 END,
    (SELECT max(cohort_start + day_offset) FROM retention WHERE platform = ${platform} AND ${where})
  ) AS signups_end
  FROM starts
)`;
}
