import { accuracy, naiveScale, type Accuracy } from './error-measures';
import type { FittedForecast, Forecaster } from './forecast';
import type { SeriesPoint } from './rolling-origin';

/** One day of a projection made as of a cutoff: the modelled value and its 80% band (null where there is none). */
export interface AsOfRow {
  readonly t: number;
  readonly modelled: number;
  readonly low: number | null;
  readonly high: number | null;
}

export type AsOfProjection =
  | {
      readonly ok: true;
      readonly fit: FittedForecast;
      /** Figures the fit saw (dated before the cutoff) and those reported later. */
      readonly used: readonly SeriesPoint[];
      readonly later: readonly SeriesPoint[];
      readonly rows: readonly AsOfRow[];
      /** The forecasts of the later figures, scored like the rolling evaluation. */
      readonly check: Accuracy;
    }
  | {
      readonly ok: false;
      readonly used: readonly SeriesPoint[];
      readonly later: readonly SeriesPoint[];
      readonly reason: string;
    };

/** Days drawn after the last figure used (or after the cutoff, when it is later). */
export const AS_OF_HORIZON_DAYS = 365;

/**
 * The time machine: what `forecaster` would have projected at the start of `cutoffDay` (days
 * since the launch; null = today, with every figure), fitted to the figures reached by then, drawn
 * from the first figure to a year past the cutoff and checked against what came later.
 */
export function projectAsOf(
  forecaster: Forecaster,
  series: readonly SeriesPoint[],
  cutoffDay: number | null,
  step = 7,
): AsOfProjection {
  const sorted = [...series].sort((a, b) => a.t - b.t);
  // t is when a figure was reached: a figure dated the day before the cutoff has t = cutoffDay at the latest.
  const used = cutoffDay === null ? sorted : sorted.filter((p) => p.t <= cutoffDay);
  const later = cutoffDay === null ? [] : sorted.filter((p) => p.t > cutoffDay);
  let fit: FittedForecast;
  try {
    fit = forecaster.fit(used);
  } catch (error) {
    return { ok: false, used, later, reason: error instanceof Error ? error.message : String(error) };
  }
  const start = used[0]?.t ?? 0;
  const end = Math.max(used.at(-1)?.t ?? 0, cutoffDay ?? 0) + AS_OF_HORIZON_DAYS;
  const rows: AsOfRow[] = [];
  for (let t = start; t <= end; t += step) {
    const band = fit.band(t);
    rows.push({ t, modelled: fit.predict(t), low: band?.[0] ?? null, high: band?.[1] ?? null });
  }
  const scale = naiveScale(used.map((p) => p.y));
  const check = accuracy(later.map((p) => ({ actual: p.y, predicted: fit.predict(p.t), scale, band: fit.band(p.t) })));
  return { ok: true, fit, used, later, rows, check };
}
