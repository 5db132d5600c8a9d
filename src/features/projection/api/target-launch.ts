import { skipToken, useQuery, type SkipToken } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { LAUNCH_LIKE, LAUNCH_OPTION_COLUMNS, type LaunchOption } from './launch-options';

export interface TargetLaunchParams {
  readonly platform: string;
  readonly region: string;
}

/** The launch being projected: a launch option, chosen by platform and region. */
export type TargetLaunch = LaunchOption;

/**
 * The platform's latest launch-like event in the region (a region can have several:
 * Bluesky's beta and its public opening are both "global"). Parameters: $1 platform, $2 region.
 */
export function buildTargetLaunchSql(): string {
  return `-- projection/target-launch
SELECT ${LAUNCH_OPTION_COLUMNS}
FROM launches
WHERE platform = $1 AND region = $2 AND ${LAUNCH_LIKE}
ORDER BY event_date DESC
LIMIT 1`;
}

export async function fetchTargetLaunch(db: Db, params: TargetLaunchParams): Promise<TargetLaunch[]> {
  return db.query<TargetLaunch>(buildTargetLaunchSql(), [params.platform, params.region]);
}

export const targetLaunchQueryOptions = (params: TargetLaunchParams | SkipToken) =>
  sqlQueryOptions('launches', 'projection-target-launch', params, fetchTargetLaunch);

/** The target launch (zero or one row); waits (skipToken) while `params` is null. */
export const useTargetLaunch = (params: TargetLaunchParams | null) =>
  useQuery(targetLaunchQueryOptions(params ?? skipToken));
