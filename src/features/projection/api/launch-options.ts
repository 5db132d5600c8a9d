import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/use-sql-query';

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

/** Every launch-like event; suspensions are left out because nobody adopts a platform through one. */
export function buildLaunchOptionsSql(): string {
  return `-- projection/launch-options
SELECT platform, region, event_date, event, label, addressable_population, population_source
FROM launches
WHERE event <> 'suspension'
ORDER BY platform, event_date, region`;
}

export async function fetchLaunchOptions(db: Db): Promise<LaunchOption[]> {
  return db.query<LaunchOption>(buildLaunchOptionsSql());
}

export const launchOptionsQueryOptions = () => sqlQueryOptions('launches', 'projection-launch-options', {}, (db) => fetchLaunchOptions(db));

/** All launches, for the analogue and target selectors. */
export const useLaunchOptions = () => useQuery(launchOptionsQueryOptions());
