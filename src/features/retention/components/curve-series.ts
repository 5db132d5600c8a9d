import { sortPlatforms } from '../../../lib/platforms';
import type { RetentionCurveRow } from '../api/retention-curves';
import { extrapolate, fitBest, type CurveFit } from '../model/curve-fit';
import type { CurveSeries } from './retention-curves-chart';

export interface FittedSeries extends CurveSeries {
  readonly fit: CurveFit | null;
  /** Some of the platform's rows are modelled (the query's flag). */
  readonly modelled: boolean;
}

/** Group curve rows by platform (fixed platform order) and fit each when asked. */
export function buildCurveSeries(rows: readonly RetentionCurveRow[], withFit: boolean): FittedSeries[] {
  const byPlatform = new Map<string, { day: number; rate: number }[]>();
  for (const r of rows) {
    if (r.rate === null) continue;
    const list = byPlatform.get(r.platform) ?? [];
    list.push({ day: r.day_offset, rate: r.rate });
    byPlatform.set(r.platform, list);
  }
  return sortPlatforms(byPlatform.keys()).map((platform) => {
    const points = byPlatform.get(platform) ?? [];
    const fit = withFit ? fitBest(points) : null;
    const modelled = rows.some((r) => r.platform === platform && r.modelled);
    return { platform, points, fit, extrapolation: fit ? extrapolate(fit, 365) : [], modelled };
  });
}
