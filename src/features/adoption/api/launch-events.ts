import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

/** A launch or event drawn as a reference line. */
export interface LaunchEvent {
  readonly platform: string;
  readonly region: string;
  readonly event_date: Date;
  readonly end_date: Date | null;
  readonly event: string;
  readonly label: string;
  readonly source: string;
}

/**
 * Events that matter for a region: the region's own events, plus the global ones. In
 * the global view every event is shown, since regional launches move global totals.
 * Parameter: $1 region.
 */
export function buildLaunchEventsSql(): string {
  return `-- launches/events
SELECT platform, region, event_date, end_date, event, label, source
FROM launches
WHERE $1 = 'global' OR region = $1 OR region = 'global'
ORDER BY event_date, platform`;
}

export async function fetchLaunchEvents(db: Db, params: { region: string }): Promise<LaunchEvent[]> {
  return db.query<LaunchEvent>(buildLaunchEventsSql(), [params.region]);
}

export const launchEventsQueryOptions = (params: { region: string }) =>
  sqlQueryOptions('launches', 'events', params, fetchLaunchEvents);

export const useLaunchEvents = (params: { region: string }) => useQuery(launchEventsQueryOptions(params));
