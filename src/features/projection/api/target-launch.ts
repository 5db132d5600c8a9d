import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/use-sql-query';

export interface TargetLaunchParams {
  readonly platform: string;
  readonly region: string;
}

/** The launch being projected. */
export interface TargetLaunch {
  readonly platform: string;
  readonly region: string;
  readonly event_date: Date;
  readonly event: string;
  readonly label: string;
  readonly addressable_population: number | null;
  readonly population_source: string | null;
}

/**
 * The platform's latest launch-like event in the region (a region can have several:
 * Bluesky's beta and its public opening are both "global"). Parameters: $1 platform, $2 region.
 */
export function buildTargetLaunchSql(): string {
  return `-- projection/target-launch
SELECT platform, region, event_date, event, label, addressable_population, population_source
FROM launches
WHERE platform = $1 AND region = $2 AND event <> 'suspension'
ORDER BY event_date DESC
LIMIT 1`;
}

export async function fetchTargetLaunch(db: Db, params: TargetLaunchParams): Promise<TargetLaunch[]> {
  return db.query<TargetLaunch>(buildTargetLaunchSql(), [params.platform, params.region]);
}

export const targetLaunchQueryOptions = (params: TargetLaunchParams) =>
  sqlQueryOptions('launches', 'projection-target-launch', params, fetchTargetLaunch);

/** The target launch (zero or one row); waits while `params` is null. */
export const useTargetLaunch = (params: TargetLaunchParams | null) =>
  useQuery({ ...targetLaunchQueryOptions(params ?? { platform: '', region: '' }), enabled: params !== null });
