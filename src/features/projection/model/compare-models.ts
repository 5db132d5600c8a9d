import { LINEAR_TREND, NAIVE } from './baselines';
import { growthForecaster } from './fit-growth';
import type { FittedForecast, Forecaster } from './forecast';
import { GROWTH_MODELS, type SeriesMeasure } from './growth-models';
import { rollingOrigin, type RollingEvaluation, type SeriesPoint } from './rolling-origin';

/** One row of the model comparison: the fit on every figure, and its rolling-origin record. */
export interface ModelRow {
  readonly forecaster: Forecaster;
  /** The fit on all figures (null, with the reason, when it fails). */
  readonly fit: FittedForecast | null;
  readonly fitError: string | null;
  readonly evaluation: RollingEvaluation;
}

/** What a forecaster has to reach to count as beating the naive forecast. */
export const TRUST = { horizon: 6, maxMase: 1, minCoverage: 0.7 } as const;

export interface ModelComparison {
  readonly rows: readonly ModelRow[];
  /** The row with the lowest MASE at 6 months (null when no row has one). */
  readonly best: string | null;
  /** Rows that meet TRUST: MASE < 1 at 6 months and 80% bands covering at least 70% of later figures. */
  readonly trusted: readonly string[];
}

/** The forecasters for a series: the growth models that describe it, then the naive and linear-trend baselines. */
export function forecastersFor(measure: SeriesMeasure): Forecaster[] {
  return [...GROWTH_MODELS.filter((m) => m.measures.includes(measure)).map(growthForecaster), NAIVE, LINEAR_TREND];
}

/** Fit every forecaster to the series and evaluate each by rolling origin. */
export function compareModels(series: readonly SeriesPoint[], measure: SeriesMeasure): ModelComparison {
  const rows = forecastersFor(measure).map((forecaster): ModelRow => {
    let fit: FittedForecast | null = null;
    let fitError: string | null = null;
    try {
      fit = forecaster.fit(series);
    } catch (error) {
      fitError = error instanceof Error ? error.message : String(error);
    }
    return { forecaster, fit, fitError, evaluation: rollingOrigin(forecaster, series) };
  });
  const mase6 = (r: ModelRow) => r.evaluation.byHorizon[TRUST.horizon].mase;
  const ranked = rows.filter((r) => mase6(r) !== null).sort((a, b) => mase6(a)! - mase6(b)!);
  const trusted = rows.filter((r) => {
    const m = mase6(r);
    const c = r.evaluation.overall.coverage;
    return m !== null && m < TRUST.maxMase && c !== null && c >= TRUST.minCoverage;
  });
  return { rows, best: ranked[0]?.forecaster.id ?? null, trusted: trusted.map((r) => r.forecaster.id) };
}
