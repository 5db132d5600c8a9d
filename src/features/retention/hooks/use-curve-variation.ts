import { useMemo } from 'react';
import { isoDay } from '../../../lib/time/day';
import { useCohortCurves, type CohortCurveRow } from '../api/cohort-curves';
import type { RetentionCurvesParams } from '../api/retention-curves';
import { cohortBootstrap, type VariationPoint } from '../model/cohort-bootstrap';

/** Each platform's cohort-bootstrap band, from its per-cohort counts. */
export function variationByPlatform(rows: readonly CohortCurveRow[]): Map<string, VariationPoint[]> {
  const byPlatform = new Map<string, CohortCurveRow[]>();
  for (const r of rows) {
    const list = byPlatform.get(r.platform) ?? [];
    list.push(r);
    byPlatform.set(r.platform, list);
  }
  return new Map(
    [...byPlatform].map(([platform, list]) => [
      platform,
      cohortBootstrap(
        list.map((r) => ({
          cohort: `${r.region}|${isoDay(r.cohort_start)}`,
          day: r.day_offset,
          size: r.cohort_size,
          active: r.active,
        })),
      ),
    ]),
  );
}

/**
 * The curves' cohort-to-cohort variation for the same selection as the curves. Empty
 * while loading or on error: the curves draw without it rather than wait or fail.
 */
export function useCurveVariation(params: RetentionCurvesParams): Map<string, VariationPoint[]> {
  const query = useCohortCurves(params);
  return useMemo(() => variationByPlatform(query.data ?? []), [query.data]);
}
