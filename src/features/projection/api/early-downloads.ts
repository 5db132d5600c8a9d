import { skipToken, useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

export interface EarlyDownloadsParams {
  readonly platform: string;
  readonly region: string;
  /** Target launch day, `YYYY-MM-DD`. */
  readonly launchDate: string;
}

/** A third-party count of app downloads in the target region in the launch's first month. */
export interface EarlyDownloadsRow {
  readonly date: Date;
  readonly value: number;
  readonly basis: string;
  readonly source: string;
}

/**
 * Cumulative download counts (data.ai's for Threads in the EU) dated in the 30 days from
 * the target launch. Downloads are not signups, but they bound the first days of any
 * projection. Parameters: $1 platform, $2 region, $3 launch day.
 */
export function buildEarlyDownloadsSql(): string {
  return `-- projection/early-downloads
SELECT date, value, basis, source
FROM signups
WHERE platform = $1 AND region = $2 AND metric LIKE 'downloads%' AND value > 0
  AND date >= CAST($3 AS DATE) AND date < CAST($3 AS DATE) + INTERVAL 30 DAY
ORDER BY date, value`;
}

export async function fetchEarlyDownloads(db: Db, params: EarlyDownloadsParams): Promise<EarlyDownloadsRow[]> {
  return db.query<EarlyDownloadsRow>(buildEarlyDownloadsSql(), [params.platform, params.region, params.launchDate]);
}

export const earlyDownloadsQueryOptions = (params: EarlyDownloadsParams | null) =>
  sqlQueryOptions('signups', 'projection-early-downloads', params ?? skipToken, fetchEarlyDownloads);

/** Downloads counted in the target's first month; waits (skipToken) while `params` is null. */
export const useEarlyDownloads = (params: EarlyDownloadsParams | null) => useQuery(earlyDownloadsQueryOptions(params));
