import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { DECAY_MODELS, EXPONENTIAL, POWER_LAW, type DecayModel, type DecayModelName } from './decay-models';
import { invertSmall } from '../../../lib/math/small-matrix';

/** One observed point of a retention curve: share of the cohort active at `day`. */
export interface CurvePoint {
  readonly day: number;
  readonly rate: number;
}

/** A fitted decay model with its parameters, error and parameter covariance. */
export interface CurveFit {
  readonly model: DecayModelName;
  readonly label: string;
  readonly formula: string;
  readonly parameters: Readonly<Record<string, number>>;
  /** Standard errors of the parameters (NaN when the fit is degenerate). */
  readonly standardErrors: Readonly<Record<string, number>>;
  /** Root-mean-square error on the fitted points, in rate units (0–1). */
  readonly rmse: number;
  /** Points used (day ≥ 1). */
  readonly points: number;
  /** Last observed day: where extrapolation starts. */
  readonly lastDay: number;
  readonly values: readonly number[];
  readonly covariance: readonly (readonly number[])[] | null;
}

/** A point of the extrapolated curve with its 95% band. */
export interface ExtrapolatedPoint {
  readonly day: number;
  readonly fit: number;
  readonly low: number;
  readonly high: number;
}

const MODELS: Readonly<Record<DecayModelName, DecayModel>> = { power: POWER_LAW, exponential: EXPONENTIAL };

/**
 * Fit one model by Levenberg–Marquardt. Day 0 is left out: it is 100% by definition and
 * would pull the fit towards the signup spike instead of the decay.
 */
export function fitDecay(name: DecayModelName, points: readonly CurvePoint[]): CurveFit | null {
  const model = MODELS[name];
  const usable = points.filter((p) => p.day >= 1 && Number.isFinite(p.rate)).sort((a, b) => a.day - b.day);
  const p = model.parameterNames.length;
  if (usable.length < p + 2) return null;
  const days = usable.map((u) => u.day);
  const rates = usable.map((u) => u.rate);
  const result = levenbergMarquardt({ x: days, y: rates }, (params) => (day) => model.value(params, day), {
    initialValues: model.initial(days, rates),
    minValues: model.min,
    maxValues: model.max,
    maxIterations: 300,
    errorTolerance: 1e-12,
    damping: 1e-3,
    jacobianFunction: (params) => (day) => model.gradient(params, day),
  });
  const values = result.parameterValues;
  const residuals = usable.map((u) => u.rate - model.value(values, u.day));
  const ssr = residuals.reduce((s, r) => s + r * r, 0);
  const covariance = covarianceOf(model, values, days, ssr / Math.max(usable.length - p, 1));
  const se = model.parameterNames.map((_, i) => Math.sqrt(covariance?.[i]?.[i] ?? Number.NaN));
  return {
    model: name,
    label: model.label,
    formula: model.formula,
    parameters: Object.fromEntries(model.parameterNames.map((n, i) => [n, values[i] ?? Number.NaN])),
    standardErrors: Object.fromEntries(model.parameterNames.map((n, i) => [n, se[i] ?? Number.NaN])),
    rmse: Math.sqrt(ssr / usable.length),
    points: usable.length,
    lastDay: days[days.length - 1] ?? 0,
    values,
    covariance,
  };
}

/** σ² (JᵀJ)⁻¹: the usual asymptotic covariance of least-squares parameters. */
function covarianceOf(model: DecayModel, values: readonly number[], days: readonly number[], variance: number) {
  const p = values.length;
  const jtj = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (const day of days) {
    const g = model.gradient(values, day);
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) jtj[i]![j]! += (g[i] ?? 0) * (g[j] ?? 0);
  }
  const inverse = invertSmall(jtj);
  return inverse ? inverse.map((row) => row.map((v) => v * variance)) : null;
}

/** Fit both models and keep the one with the lower error. */
export function fitBest(points: readonly CurvePoint[]): CurveFit | null {
  const fits = DECAY_MODELS.map((m) => fitDecay(m, points)).filter((f): f is CurveFit => f !== null);
  if (fits.length === 0) return null;
  return fits.reduce((best, f) => (f.rmse < best.rmse ? f : best));
}

/** The fitted value at a day. */
export function predict(fit: CurveFit, day: number): number {
  return MODELS[fit.model].value(fit.values, day);
}

/**
 * The fitted curve from its last observed day to `toDay`, with a 95% band from the
 * parameter covariance (delta method: var = gᵀ Σ g), clamped to 0–1. At most `maxPoints`.
 */
export function extrapolate(fit: CurveFit, toDay = 365, maxPoints = 200): ExtrapolatedPoint[] {
  const from = Math.max(1, fit.lastDay);
  if (toDay <= from) return [];
  const step = Math.max(1, Math.ceil((toDay - from) / maxPoints));
  const model = MODELS[fit.model];
  const out: ExtrapolatedPoint[] = [];
  const days: number[] = [];
  for (let day = from; day < toDay; day += step) days.push(day);
  days.push(toDay);
  for (const day of days) {
    const value = model.value(fit.values, day);
    const g = model.gradient(fit.values, day);
    let variance = 0;
    if (fit.covariance) {
      for (let i = 0; i < g.length; i++)
        for (let j = 0; j < g.length; j++) variance += (g[i] ?? 0) * (fit.covariance[i]?.[j] ?? 0) * (g[j] ?? 0);
    }
    const half = 1.96 * Math.sqrt(Math.max(variance, 0));
    const clamp = (v: number) => Math.min(1, Math.max(0, v));
    out.push({ day, fit: clamp(value), low: clamp(value - half), high: clamp(value + half) });
  }
  return out;
}
