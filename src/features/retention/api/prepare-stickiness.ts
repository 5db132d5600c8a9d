import type { Db } from '../../../lib/db/types';
import { ensureEventsPrepared, oncePerEvents } from './prepare-events';
import type { BuiltQuery } from './retention-filters';

/** The window the distribution counts active days in: the platform's last 30 logged days. */
export const ACTIVE_DAYS_WINDOW = 30;

/**
 * A one-time step over `retention_ev_activity` for the stickiness panel: its two figures
 * count users over each platform's days, which on a million events is a scan of every
 * user's active days (~100-150 ms each on a reload, measured), and neither depends on a
 * control beyond the platforms and region, which these tables keep as columns:
 *  - `retention_st_months`: per platform, region and calendar month, the user-days of
 *    activity, the users active in it and the month's first active day;
 *  - `retention_st_active_days`: per platform, region and number of days active in the
 *    platform's last ACTIVE_DAYS_WINDOW logged days, how many users.
 * A user has one region (their cohort's), so users of several regions are summed, never
 * counted twice, and a panel's filter only sums these small tables.
 */
export const STICKINESS_TABLES = ['retention_st_months', 'retention_st_active_days'] as const;

export function buildPrepareStickinessSql(): BuiltQuery[] {
  return [
    {
      sql: `-- retention/prepare-stickiness: months
CREATE OR REPLACE TABLE retention_st_months AS
SELECT platform, region, date_trunc('month', cohort_start + day_offset)::DATE AS month,
       count(*) AS active_user_days, count(DISTINCT user_id) AS mau, min(cohort_start + day_offset) AS first_day
FROM retention_ev_activity GROUP BY ALL
ORDER BY platform, region, month`,
      params: [],
    },
    {
      sql: `-- retention/prepare-stickiness: active days
CREATE OR REPLACE TABLE retention_st_active_days AS
SELECT platform, region, days_active, count(*) AS users
FROM (
  SELECT x.platform, x.region, x.user_id, count(*)::INTEGER AS days_active
  FROM retention_ev_activity x JOIN retention_ev_asof a ON a.platform = x.platform
  WHERE x.cohort_start + x.day_offset BETWEEN a.as_of - ($1::INTEGER - 1) AND a.as_of
  GROUP BY x.platform, x.region, x.user_id
)
GROUP BY ALL
ORDER BY platform, region, days_active`,
      params: [ACTIVE_DAYS_WINDOW],
    },
  ];
}

async function prepareStickiness(db: Db): Promise<void> {
  for (const { sql, params } of buildPrepareStickinessSql()) await db.exec(sql, params);
}

const prepareStickinessOnce = oncePerEvents({
  name: 'retention/prepare-stickiness',
  tables: STICKINESS_TABLES,
  sql: JSON.stringify(buildPrepareStickinessSql()),
  run: prepareStickiness,
});

/** Prepare the events, then these tables, unless they already match the events' contents. */
export async function ensureStickinessPrepared(db: Db): Promise<void> {
  await prepareStickinessOnce(db, await ensureEventsPrepared(db));
}
