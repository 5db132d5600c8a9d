import type { Db } from '../../../lib/db/types';
import { MAX_BRACKET_DAY } from '../model/brackets';
import { ensureEventsPrepared, oncePerEvents } from './prepare-events';
import type { BuiltQuery } from './retention-filters';

/**
 * A second one-time step over `retention_ev_activity`, for the bracket table. Its per-user
 * work (a window over every user's active days) is what costs on a million events, and it
 * does not depend on any control: a user's previous active day is theirs whatever is
 * selected. So it is done once here, and a bracket edit only filters and sums these tables
 * (the lifecycle prepares its own, per period, in lifecycle.ts):
 *  - `retention_br_pairs`: per platform, region, active day d (to day 365, the last a
 *    bracket reaches) and the user's previous active day (-1 for none), how many users,
 *    summed over cohorts. A user is active somewhere in days lo–hi exactly when one of
 *    their active days lies in it with the previous one before lo, and that pair is
 *    unique, so a bracket is a sum without DISTINCT;
 *  - `retention_br_lasts`: per platform, region, days observed (the log's last day minus
 *    the signup day, under 365) and last active day, how many users. A bracket counts only
 *    cohorts observed through its last day; the pairs of the others, subtracted, are
 *    their users active on its first day or later, which this table holds.
 * Both are a few tens of thousands of rows on a million events, so a bracket edit scans
 * them and not every user's days (bracket-retention.ts).
 */
export const ACTIVITY_VIEW_TABLES = ['retention_br_pairs', 'retention_br_lasts'] as const;

export function buildPrepareActivityViewsSql(): BuiltQuery[] {
  const lastDay = [MAX_BRACKET_DAY];
  return [
    {
      sql: `-- retention/prepare-activity-views: bracket pairs
CREATE OR REPLACE TABLE retention_br_pairs AS
SELECT platform, region, prev_offset, day_offset, count(*)::INTEGER AS users
FROM (
  SELECT platform, region, day_offset,
         coalesce(lag(day_offset) OVER (PARTITION BY platform, user_id ORDER BY day_offset), -1) AS prev_offset
  FROM retention_ev_activity WHERE day_offset <= $1::INTEGER
)
GROUP BY ALL
ORDER BY platform, region, day_offset`,
      params: lastDay,
    },
    {
      sql: `-- retention/prepare-activity-views: bracket lasts
CREATE OR REPLACE TABLE retention_br_lasts AS
SELECT c.platform, c.region, date_diff('day', c.cohort_start, a.as_of)::INTEGER AS observed,
       c.day_offset AS last_offset, sum(c.last_here)::INTEGER AS users
FROM retention_ev_cells c JOIN retention_ev_asof a ON a.platform = c.platform
WHERE c.last_here > 0 AND date_diff('day', c.cohort_start, a.as_of) < $1::INTEGER
GROUP BY ALL
ORDER BY c.platform, c.region, observed`,
      params: lastDay,
    },
  ];
}

/** Build the tables from the prepared activity now (the events preparation must exist). */
export async function prepareActivityViews(db: Db): Promise<void> {
  for (const { sql, params } of buildPrepareActivityViewsSql()) await db.exec(sql, params);
}

const prepareViewsOnce = oncePerEvents({
  name: 'retention/prepare-activity-views',
  tables: ACTIVITY_VIEW_TABLES,
  sql: JSON.stringify(buildPrepareActivityViewsSql()),
  run: prepareActivityViews,
});

/** Prepare the events, then these tables, unless they already match the events' contents. */
export async function ensureActivityViewsPrepared(db: Db): Promise<void> {
  await prepareViewsOnce(db, await ensureEventsPrepared(db));
}
