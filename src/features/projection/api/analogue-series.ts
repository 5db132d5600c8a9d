import { skipToken, useQuery, type SkipToken } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

export interface AnalogueSeriesParams {
  readonly platform: string;
  /** Region of the analogue launch as `launches` names it (e.g. "global excl. EU"). */
  readonly region: string;
  /** Launch day, `YYYY-MM-DD`. */
  readonly launchDate: string;
}

/** A cumulative signup figure on or after the analogue launch. */
export interface AnalogueFigure {
  readonly date: Date;
  readonly days_since_launch: number;
  readonly value: number;
  readonly metric: string;
  readonly basis: string;
  /** Region of the figures used: the launch's own, or "global" when it has none. */
  readonly region: string;
  readonly source: string;
  /** Largest cumulative figure dated before the launch (accounts that already existed), 0 if none. */
  readonly baseline: number;
}

/**
 * The series the Bass model is fitted to: cumulative signups / registered accounts
 * (measure `registered`) only. MAU and DAU count people active in a period, not people
 * who ever adopted: they go down, and Bass describes adoption, so they are never mixed
 * in. The launch's own region is used when it has such figures; otherwise the platform's
 * global figures (Threads' launch row says "global excl. EU", its figures "global"; Bluesky's
 * Brazil surge shows only in global counts).
 * Parameters: $1 platform, $2 launch region, $3 launch day.
 */
export function buildAnalogueSeriesSql(): string {
  return `-- projection/analogue-series
WITH series_region AS (
  SELECT CASE WHEN EXISTS (
    SELECT 1 FROM signups
    WHERE platform = $1 AND measure = 'registered' AND region = $2 AND value > 0 AND date >= CAST($3 AS DATE)
  ) THEN $2 ELSE 'global' END AS region
), figures AS (
  SELECT s.date, s.value, s.metric, s.basis, s.region, s.source
  FROM signups s JOIN series_region r ON s.region = r.region
  WHERE s.platform = $1 AND s.measure = 'registered' AND s.value > 0
), before_launch AS (
  SELECT coalesce(max(value), 0) AS baseline FROM figures WHERE date < CAST($3 AS DATE)
)
SELECT f.date, date_diff('day', CAST($3 AS DATE), f.date) AS days_since_launch, f.value, f.metric, f.basis,
       f.region, f.source, b.baseline
FROM figures f CROSS JOIN before_launch b
WHERE f.date >= CAST($3 AS DATE)
ORDER BY f.date, f.value`;
}

export async function fetchAnalogueSeries(db: Db, params: AnalogueSeriesParams): Promise<AnalogueFigure[]> {
  return db.query<AnalogueFigure>(buildAnalogueSeriesSql(), [params.platform, params.region, params.launchDate]);
}

export const analogueSeriesQueryOptions = (params: AnalogueSeriesParams | SkipToken) =>
  sqlQueryOptions('signups', 'projection-analogue-series', params, fetchAnalogueSeries);

/** The analogue's cumulative signups after its launch; waits (skipToken) while `params` is null. */
export const useAnalogueSeries = (params: AnalogueSeriesParams | null) =>
  useQuery(analogueSeriesQueryOptions(params ?? skipToken));
