import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import type { Measure } from './measures';

export interface AdoptionParams {
  readonly measure: Measure;
  readonly region: string;
  /** x = days since each platform's anchor event in the region instead of the calendar date. */
  readonly aligned: boolean;
}

/** One reported figure, ready to plot. */
export interface AdoptionPoint {
  readonly platform: string;
  readonly date: Date;
  /**
   * Days since the platform's anchor event (`anchor_event`): a dated launch, public opening
   * or surge in `launches`; null when the platform has none in the data.
   */
  readonly days_since_launch: number | null;
  /** The anchor's event kind (launch, regional_launch, public_opening, surge), or null. */
  readonly anchor_event: string | null;
  /** The anchor's chart label from `launches` ("Threads EU launch"), or null. */
  readonly anchor_label: string | null;
  readonly value: number;
  readonly measure: Measure;
  readonly basis: 'company' | 'estimate';
  /** The metric code as the data names it; `metricLabel()` gives the readable name. */
  readonly metric: string;
  /** Who produced the figure: the company, or the data vendor or tracker. */
  readonly vendor: string;
  readonly coverage: string;
  readonly source: string;
  readonly note: string | null;
  readonly kind: string;
}

/**
 * The event a platform's figures are aligned on: its launch in the region itself when
 * there is one (Threads in the EU), else its first global launch, public opening or surge.
 * Only dated events from `launches` qualify: a first modelled cohort is never an anchor.
 */
export const LAUNCH_ANCHORS_SQL = `
  SELECT platform,
    arg_min(event_date, priority * 100000 + epoch(event_date) / 86400) AS anchor_date,
    arg_min(event, priority * 100000 + epoch(event_date) / 86400) AS anchor_event,
    arg_min(label, priority * 100000 + epoch(event_date) / 86400) AS anchor_label
  FROM (
    SELECT platform, event_date, event, label,
      CASE WHEN region = $1 AND event IN ('launch', 'regional_launch') THEN 0
           WHEN event IN ('launch', 'regional_launch') AND region = 'global' THEN 1
           WHEN event = 'public_opening' THEN 2
           WHEN event = 'surge' AND region = 'global' THEN 3
           ELSE NULL END AS priority
    FROM launches
  ) WHERE priority IS NOT NULL
  GROUP BY platform`;

/**
 * Imported figures may lack a vendor: a company figure is then the platform's own, an
 * estimate an unnamed third party, so two unnamed vendors are still never one line with a
 * named one.
 */
export function buildAdoptionSeriesSql(): string {
  return `-- adoption/series
WITH anchors AS (${LAUNCH_ANCHORS_SQL})
SELECT s.platform, s.date, date_diff('day', a.anchor_date, s.date) AS days_since_launch,
       a.anchor_event, a.anchor_label, s.value, s.measure, s.basis, s.metric,
       coalesce(s.vendor, CASE WHEN s.basis = 'company' THEN s.platform ELSE 'unnamed third party' END) AS vendor,
       s.coverage, s.source, s.note, s.kind
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
