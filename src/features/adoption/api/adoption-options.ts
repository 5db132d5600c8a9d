import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

/** How many figures each region has per measure, for the region selector. */
export interface RegionOption {
  readonly region: string;
  readonly measure: string;
  readonly points: number;
  readonly platforms: number;
}

export function buildRegionOptionsSql(): string {
  return `-- adoption/region-options
SELECT region, measure, count(*) AS points, count(DISTINCT platform) AS platforms
FROM signups WHERE measure <> 'other' AND value > 0
GROUP BY region, measure
ORDER BY region = 'global' DESC, region, measure`;
}

export async function fetchRegionOptions(db: Db): Promise<RegionOption[]> {
  return db.query<RegionOption>(buildRegionOptionsSql());
}

export const regionOptionsQueryOptions = () =>
  sqlQueryOptions('signups', 'region-options', {}, (db) => fetchRegionOptions(db));

export const useRegionOptions = () => useQuery(regionOptionsQueryOptions());
