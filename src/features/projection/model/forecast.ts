/** One fitted parameter in real units, with its standard error (null where the data cannot give one). */
export interface ParamEstimate {
  readonly name: string;
  readonly value: number;
  readonly se: number | null;
  /** Unit for display ('/day', 'people', …; '' for a pure number). */
  readonly unit: string;
}

/**
 * A model fitted to a series: what it predicts at any day, the 80% band around that, and
 * how well it fitted. Used alike for the growth models and the naive and linear-trend
 * baselines, so the rolling-origin evaluation treats them the same.
 */
export interface FittedForecast {
  readonly params: readonly ParamEstimate[];
  /** Points fitted and residual sum of squares (real units). */
  readonly n: number;
  readonly rss: number;
  /** Akaike / Bayesian information criteria; null where the fit leaves no residual degrees of freedom. */
  readonly aic: number | null;
  readonly bic: number | null;
  predict(t: number): number;
  /** The 80% prediction band at day t, or null when the fit has no residual degrees of freedom. */
  band(t: number): readonly [number, number] | null;
}

/** Something that fits a series of points and forecasts from it; `fit` throws a clear Error when it cannot. */
export interface Forecaster {
  readonly id: string;
  readonly label: string;
  /** The formula or rule, for the notes. */
  readonly formula: string;
  /** `baseline` rows are the benchmarks a model has to beat. */
  readonly kind: 'model' | 'baseline';
  fit(points: readonly { readonly t: number; readonly y: number }[]): FittedForecast;
}

/** z of the 90th percentile of the standard normal: an 80% central band is ±1.2816 σ. */
export const Z80 = 1.2815515655446004;

/**
 * Gaussian information criteria from the residual sum of squares, counting the error
 * variance as a parameter (k + 1): AIC = n·ln(RSS/n) + 2(k+1), BIC = n·ln(RSS/n) + (k+1)·ln n.
 * Undefined (null) with no residual degrees of freedom or a perfect fit.
 */
export function informationCriteria(n: number, k: number, rss: number): { aic: number | null; bic: number | null } {
  if (n <= k || !(rss > 0)) return { aic: null, bic: null };
  const fit = n * Math.log(rss / n);
  return { aic: fit + 2 * (k + 1), bic: fit + (k + 1) * Math.log(n) };
}
