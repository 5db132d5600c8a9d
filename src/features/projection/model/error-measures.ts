/**
 * The MASE scale of Hyndman & Koehler (2006): the in-sample mean absolute error of the
 * one-step naive forecast, i.e. the mean |yᵢ − yᵢ₋₁| over consecutive training values.
 * Null when it is 0 or undefined (fewer than two values, or a flat series): no scaled
 * error can be formed then.
 */
export function naiveScale(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  let sum = 0;
  for (let i = 1; i < values.length; i++) sum += Math.abs(values[i]! - values[i - 1]!);
  const scale = sum / (values.length - 1);
  return scale > 0 && Number.isFinite(scale) ? scale : null;
}

/** An out-of-sample forecast of one reported value, with the scale of its origin and its band. */
export interface ScoredForecast {
  readonly actual: number;
  readonly predicted: number;
  /** MASE scale of the training data the forecast was made from (see `naiveScale`). */
  readonly scale: number | null;
  readonly band: readonly [number, number] | null;
}

/** Accuracy over a set of forecasts; each figure is null when no forecast can give it. */
export interface Accuracy {
  readonly count: number;
  /** Mean absolute percentage error, as a fraction (0.25 = 25%). */
  readonly mape: number | null;
  /** Mean absolute scaled error: mean of |error| / scale; below 1 beats the in-sample one-step naive forecast. */
  readonly mase: number | null;
  /** Share of forecasts with a band whose actual value lies inside it (ends included). */
  readonly coverage: number | null;
  /** How many forecasts had a band (the denominator of `coverage`). */
  readonly banded: number;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);

/** MAPE, MASE and band coverage of a set of forecasts. */
export function accuracy(forecasts: readonly ScoredForecast[]): Accuracy {
  const withBand = forecasts.filter((f) => f.band !== null);
  return {
    count: forecasts.length,
    mape: mean(forecasts.filter((f) => f.actual > 0).map((f) => Math.abs(f.predicted - f.actual) / f.actual)),
    mase: mean(forecasts.flatMap((f) => (f.scale === null ? [] : [Math.abs(f.predicted - f.actual) / f.scale]))),
    coverage: mean(withBand.map((f) => (f.actual >= f.band![0] && f.actual <= f.band![1] ? 1 : 0))),
    banded: withBand.length,
  };
}
