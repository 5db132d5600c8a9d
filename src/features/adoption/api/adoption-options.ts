import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

/**
 * How many figures each region has per measure, for the region selector. A region with
 * dated events but no figures of any measure (Brazil: X's suspension, Bluesky's surge)
 * is listed too, with `measure` null and no points, so its events can be viewed.
 */
export interface RegionOption {
  readonly region: string;
  readonly measure: string | null;
  readonly points: number;
  readonly platforms: number;
}

export function buildRegionOptionsSql(): string {
  return `-- adoption/region-options
WITH figures AS (
  SELECT region, measure, count(*) AS points, count(DISTINCT platform) AS platforms
  FROM signups WHERE measure <> 'other' AND value > 0
  GROUP BY region, measure
), event_regions AS (
  SELECT region, CAST(NULL AS VARCHAR) AS measure, 0 AS points, count(DISTINCT platform) AS platforms
  FROM launches WHERE region NOT IN (SELECT region FROM figures)
  GROUP BY region
)
SELECT * FROM (SELECT * FROM figures UNION ALL SELECT * FROM event_regions)
ORDER BY region = 'global' DESC, region, measure NULLS LAST`;
}

export async function fetchRegionOptions(db: Db): Promise<RegionOption[]> {
  return db.query<RegionOption>(buildRegionOptionsSql());
}

export const regionOptionsQueryOptions = () =>
  sqlQueryOptions('signups', 'region-options', {}, (db) => fetchRegionOptions(db));

export const useRegionOptions = () => useQuery(regionOptionsQueryOptions());
