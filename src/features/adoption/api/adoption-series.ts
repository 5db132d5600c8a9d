import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/use-sql-query';
import type { Measure } from './measures';

export interface AdoptionParams {
  readonly measure: Measure;
  readonly region: string;
  /** x = days since each platform's launch in the region instead of the calendar date. */
  readonly aligned: boolean;
}

/** One reported figure, ready to plot. */
export interface AdoptionPoint {
  readonly platform: string;
  readonly date: Date;
  /** Days since the platform's launch anchor; null when the platform has no launch in the data. */
  readonly days_since_launch: number | null;
  readonly value: number;
  readonly basis: 'company' | 'estimate';
  readonly metric: string;
  readonly coverage: string;
  readonly source: string;
  readonly note: string | null;
  readonly kind: string;
}

/**
 * The launch a platform's figures are aligned on: its launch in the region itself when
 * there is one (Threads in the EU), else its first launch, public opening or surge.
 */
export const LAUNCH_ANCHORS_SQL = `
  SELECT platform, arg_min(event_date, priority * 100000 + epoch(event_date) / 86400) AS anchor_date
  FROM (
    SELECT platform, event_date,
      CASE WHEN region = $1 AND event IN ('launch', 'regional_launch') THEN 0
           WHEN event IN ('launch', 'regional_launch') AND region LIKE 'global%' THEN 1
           WHEN event = 'public_opening' THEN 2
           WHEN event = 'surge' AND region LIKE 'global%' THEN 3
           ELSE NULL END AS priority
    FROM launches
  ) WHERE priority IS NOT NULL
  GROUP BY platform`;

export function buildAdoptionSeriesSql(): string {
  return `-- adoption/series
WITH anchors AS (${LAUNCH_ANCHORS_SQL})
SELECT s.platform, s.date, date_diff('day', a.anchor_date, s.date) AS days_since_launch,
       s.value, s.basis, s.metric, s.coverage, s.source, s.note, s.kind
FROM signups s LEFT JOIN anchors a USING (platform)
WHERE s.region = $1 AND s.measure = $2 AND s.value > 0
ORDER BY s.platform, s.date, s.value`;
}

/** Parameters: $1 region, $2 measure. */
export async function fetchAdoptionSeries(db: Db, params: AdoptionParams): Promise<AdoptionPoint[]> {
  return db.query<AdoptionPoint>(buildAdoptionSeriesSql(), [params.region, params.measure]);
}

export const adoptionSeriesQueryOptions = (params: AdoptionParams) =>
  sqlQueryOptions('signups', 'adoption-series', params, fetchAdoptionSeries);

export const useAdoptionSeries = (params: AdoptionParams) => useQuery(adoptionSeriesQueryOptions(params));
