import { accuracy, naiveScale, type Accuracy, type ScoredForecast } from './error-measures';
import type { Forecaster } from './forecast';

/** A reported value, by days since the launch the series follows. */
export interface SeriesPoint {
  readonly t: number;
  readonly y: number;
}

/** The horizons the comparison reports, in months ahead. */
export const HORIZONS = [1, 3, 6, 12] as const;
export type Horizon = (typeof HORIZONS)[number];

/** Average month, in days. */
export const MONTH_DAYS = 365.25 / 12;

/**
 * Reported figures are unevenly spaced, so a forecast is filed under the horizon its gap
 * is nearest to: 1 month for gaps under 2 months, 3 for 2–4.5, 6 for 4.5–9, 12 for 9–18
 * (lower ends included). Longer gaps count only in the overall figures.
 */
export function horizonOf(gapDays: number): Horizon | null {
  const months = gapDays / MONTH_DAYS;
  if (months <= 0) return null;
  if (months < 2) return 1;
  if (months < 4.5) return 3;
  if (months < 9) return 6;
  if (months < 18) return 12;
  return null;
}

/** One out-of-sample forecast, as made at an origin. */
export interface OriginForecast extends ScoredForecast {
  /** Day of the last figure the fit saw, and the day forecast. */
  readonly origin: number;
  readonly t: number;
  readonly horizon: Horizon | null;
}

export interface RollingEvaluation {
  readonly forecasts: readonly OriginForecast[];
  readonly byHorizon: Readonly<Record<Horizon, Accuracy>>;
  readonly overall: Accuracy;
  /** Origins tried, and those where the fit failed (no forecasts from them). */
  readonly origins: number;
  readonly failures: number;
}

/** Fewest figures an origin may have seen: the evaluation refits from the third figure on. */
export const FIRST_ORIGIN = 3;

/**
 * Rolling-origin evaluation ("time series cross-validation", Hyndman & Athanasopoulos,
 * FPP3 §5.10): for each reported figure from the third on, refit on that figure and all
 * before it, and forecast every later figure. Errors are grouped by horizon (see
 * `horizonOf`); MASE scales each error by its own origin's in-sample naive error.
 */
export function rollingOrigin(
  forecaster: Forecaster,
  series: readonly SeriesPoint[],
  first = FIRST_ORIGIN,
): RollingEvaluation {
  const sorted = [...series].sort((a, b) => a.t - b.t);
  const forecasts: OriginForecast[] = [];
  let origins = 0;
  let failures = 0;
  for (let i = first - 1; i < sorted.length - 1; i++) {
    origins++;
    const train = sorted.slice(0, i + 1);
    const origin = train[i]!.t;
    let fitted;
    try {
      fitted = forecaster.fit(train);
    } catch {
      failures++;
      continue;
    }
    const scale = naiveScale(train.map((p) => p.y));
    for (const later of sorted.slice(i + 1)) {
      const predicted = fitted.predict(later.t);
      if (!Number.isFinite(predicted)) continue;
      forecasts.push({
        origin,
        t: later.t,
        horizon: horizonOf(later.t - origin),
        actual: later.y,
        predicted,
        scale,
        band: fitted.band(later.t),
      });
    }
  }
  const byHorizon = Object.fromEntries(
    HORIZONS.map((h) => [h, accuracy(forecasts.filter((f) => f.horizon === h))]),
  ) as Record<Horizon, Accuracy>;
  return { forecasts, byHorizon, overall: accuracy(forecasts), origins, failures };
}
