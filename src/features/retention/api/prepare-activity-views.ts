import type { Db } from '../../../lib/db/types';
import { ensureEventsPrepared, oncePerEvents } from './prepare-events';

/**
 * A second one-time step over `retention_ev_activity`, for the views that follow each user
 * through time. Their per-user work (a window over every user's active weeks or days) is
 * what costs seconds on a million events, and it does not depend on any control: a user's
 * lifecycle state in a week, or their previous active day, is theirs whatever is selected.
 * So it is done once here, and a control change only filters and sums these tables:
 *  - `retention_lc_weeks`: per platform, region and week, users new, returning,
 *    resurrecting and dormant (a user's region is fixed, so summing regions is exact);
 *  - `retention_br_entries`: per platform, region, cohort, active day and the user's
 *    previous active day (-1 for none), how many users. A user is active somewhere in days
 *    lo–hi exactly when one of their active days d lies in it with the previous one before
 *    lo, and that row is unique, so a bracket is a sum without DISTINCT.
 */
export const ACTIVITY_VIEW_TABLES = ['retention_lc_weeks', 'retention_br_entries'] as const;

export function buildPrepareActivityViewsSql(): string[] {
  return [
    `-- retention/prepare-activity-views: lifecycle weeks
CREATE OR REPLACE TABLE retention_lc_weeks AS
WITH active AS (
  SELECT DISTINCT platform, user_id, region, date_trunc('week', cohort_start + day_offset)::DATE AS week
  FROM retention_ev_activity
),
marked AS (
  SELECT platform, region, week,
         lag(week) OVER (PARTITION BY platform, user_id ORDER BY week) AS prev_week,
         lead(week) OVER (PARTITION BY platform, user_id ORDER BY week) AS next_week
  FROM active
),
states AS (
  SELECT platform, region, week,
         count(*) FILTER (WHERE prev_week IS NULL) AS new_users,
         count(*) FILTER (WHERE prev_week = week - 7) AS returning_users,
         count(*) FILTER (WHERE prev_week < week - 7) AS resurrecting_users
  FROM marked GROUP BY platform, region, week
),
dormant AS (
  SELECT platform, region, week + 7 AS week, count(*) AS dormant_users
  FROM marked WHERE next_week IS NULL OR next_week > week + 7 GROUP BY platform, region, week + 7
)
SELECT platform, region, week,
       coalesce(s.new_users, 0)::INTEGER AS new_users, coalesce(s.returning_users, 0)::INTEGER AS returning_users,
       coalesce(s.resurrecting_users, 0)::INTEGER AS resurrecting_users,
       coalesce(d.dormant_users, 0)::INTEGER AS dormant_users
FROM states s FULL JOIN dormant d USING (platform, region, week)
ORDER BY platform, week`,
    `-- retention/prepare-activity-views: bracket entries
CREATE OR REPLACE TABLE retention_br_entries AS
SELECT platform, region, cohort_start, day_offset, coalesce(prev_offset, -1) AS prev_offset, count(*)::INTEGER AS users
FROM (
  SELECT platform, region, cohort_start, day_offset,
         lag(day_offset) OVER (PARTITION BY platform, user_id ORDER BY day_offset) AS prev_offset
  FROM retention_ev_activity
)
GROUP BY ALL
ORDER BY platform, day_offset`,
  ];
}

/** Build the tables from the prepared activity now (the events preparation must exist). */
export async function prepareActivityViews(db: Db): Promise<void> {
  for (const statement of buildPrepareActivityViewsSql()) await db.exec(statement);
}

const prepareViewsOnce = oncePerEvents(prepareActivityViews);

/** Prepare the events, then these tables, unless they already match the events' contents. */
export async function ensureActivityViewsPrepared(db: Db): Promise<void> {
  await prepareViewsOnce(db, await ensureEventsPrepared(db));
}
