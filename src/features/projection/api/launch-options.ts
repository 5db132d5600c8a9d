import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

/** A launch (or opening, surge, beta) that can serve as the analogue or as the target. */
export interface LaunchOption {
  readonly platform: string;
  readonly region: string;
  readonly event_date: Date;
  readonly event: string;
  readonly label: string;
  readonly addressable_population: number | null;
  readonly population_source: string | null;
}

/** The columns of a `LaunchOption`, selected from `launches`. */
export const LAUNCH_OPTION_COLUMNS =
  'platform, region, event_date, event, label, addressable_population, population_source';

/** Launch-like events only: nobody adopts a platform through a suspension. */
export const LAUNCH_LIKE = `event <> 'suspension'`;

/** Every launch-like event. */
export function buildLaunchOptionsSql(): string {
  return `-- projection/launch-options
SELECT ${LAUNCH_OPTION_COLUMNS}
FROM launches
WHERE ${LAUNCH_LIKE}
ORDER BY platform, event_date, region`;
}

export async function fetchLaunchOptions(db: Db): Promise<LaunchOption[]> {
  return db.query<LaunchOption>(buildLaunchOptionsSql());
}

export const launchOptionsQueryOptions = () =>
  sqlQueryOptions('launches', 'projection-launch-options', {}, (db) => fetchLaunchOptions(db));

/** All launches, for the analogue and target selectors. */
export const useLaunchOptions = () => useQuery(launchOptionsQueryOptions());
