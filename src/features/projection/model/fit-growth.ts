import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { checkFitPoints, type FitPoint } from './fit-points';
import { informationCriteria, Z80, type FittedForecast, type Forecaster } from './forecast';
import { unitFactor, type GrowthModel } from './growth-models';
import { invertSmall, normalMatrix } from '../../../lib/math/small-matrix';

// The fit works on θ = ln(scaled parameter): positive parameters of order 1, bounded so a
// runaway start cannot overflow.
const THETA_MIN = Math.log(1e-7);
const THETA_MAX = Math.log(1e4);

/**
 * Iterations. The library stops only at its iteration count or a near-zero error, so the
 * count is the cost: every start runs a short screen, and only the best few go on to
 * the full count (a start that is still far behind after the screen never catches up).
 */
export const SCREEN_ITERATIONS = 8;
export const GROWTH_ITERATIONS = 50;
const REFINED = 2;

/** ∂y/∂θ at x, from the model's exact gradient: ∂y/∂θᵢ = kᵢ·∂y/∂kᵢ since kᵢ = e^θᵢ. */
function gradient(model: GrowthModel, theta: readonly number[], x: number): number[] {
  const k = theta.map(Math.exp);
  return model.gradient(x, k).map((g, i) => g * k[i]!);
}

function solve(model: GrowthModel, x: number[], y: number[], theta0: readonly number[], maxIterations: number) {
  const k = theta0.length;
  return levenbergMarquardt(
    { x, y },
    (theta) => {
      const params = theta.map(Math.exp);
      return (t) => model.value(t, params);
    },
    {
      initialValues: theta0,
      jacobianFunction: (theta) => (t) => gradient(model, theta, t),
      minValues: new Array<number>(k).fill(THETA_MIN),
      maxValues: new Array<number>(k).fill(THETA_MAX),
      damping: 1e-2,
      maxIterations,
      errorTolerance: 1e-14,
      improvementThreshold: 1e-4,
    },
  );
}

/**
 * Fit a growth model by nonlinear least squares (Levenberg–Marquardt) on scaled data and
 * log parameters, from each of the model's starting points; the lowest residual wins.
 * Standard errors come from the Jacobian at the optimum, cov(θ) = s²(JᵀJ)⁻¹ with
 * s² = RSS/(n − k), carried to real units by the delta method (SE of e^θ is e^θ·SE(θ)).
 * The 80% band adds the parameter variance at t (gᵀ cov g) to the residual variance s².
 */
export function fitGrowth(
  model: GrowthModel,
  input: readonly FitPoint[],
  maxIterations = GROWTH_ITERATIONS,
): FittedForecast {
  const points = checkFitPoints(input, { minPoints: model.names.length, monotone: false });
  const tScale = Math.max(...points.map((p) => p.t));
  const yScale = Math.max(...points.map((p) => p.y));
  const x = points.map((p) => p.t / tScale);
  const y = points.map((p) => p.y / yScale);
  const screened = model.starts
    .map((start) => solve(model, x, y, start.map(Math.log), SCREEN_ITERATIONS))
    .filter((r) => Number.isFinite(r.parameterError))
    .sort((a, b) => a.parameterError - b.parameterError)
    .slice(0, REFINED);
  let best: { theta: number[]; error: number } | undefined;
  for (const s of screened) {
    const r = solve(model, x, y, s.parameterValues, maxIterations);
    if (Number.isFinite(r.parameterError) && (best === undefined || r.parameterError < best.error)) {
      best = { theta: r.parameterValues, error: r.parameterError };
    }
  }
  if (best === undefined) throw new Error(`The ${model.label} fit failed from every starting point.`);
  const theta = best.theta;
  const scaled = theta.map(Math.exp);
  const at = (t: number) => model.value(t / tScale, scaled) * yScale;
  const n = points.length;
  const k = theta.length;
  const rss = points.reduce((s, p) => s + (p.y - at(p.t)) ** 2, 0);
  if (!Number.isFinite(rss)) throw new Error(`The ${model.label} fit did not converge to finite values.`);
  const s2 = n > k ? rss / yScale ** 2 / (n - k) : null;
  const normal = normalMatrix(
    x.map((xi) => gradient(model, theta, xi)),
    k,
  );
  // A parameter the data cannot pin down (a burst over before the first figure leaves its
  // rate without effect) makes JᵀJ singular. A ridge far below every identified direction
  // keeps the others' errors; the lost one gets a vast error, reported as none.
  const ridge = Math.max(...normal.map((row, i) => row[i]!)) * 1e-10;
  const inverse = invertSmall(normal.map((row, i) => row.map((v, j) => (i === j ? v + ridge : v))));
  const cov = s2 === null || inverse === null ? null : inverse.map((row) => row.map((v) => v * s2));
  const params = model.names.map((name, i) => {
    const value = scaled[i]! * unitFactor(model.units[i]!, tScale, yScale);
    const variance = cov?.[i]?.[i];
    const se = variance !== undefined && variance >= 0 ? value * Math.sqrt(variance) : null;
    return { name, value, se: se !== null && se <= 100 * value ? se : null, unit: model.unitLabels[i]! };
  });
  return {
    params,
    n,
    rss,
    ...informationCriteria(n, k, rss),
    predict: at,
    band: (t) => {
      if (cov === null || s2 === null) return null;
      const g = gradient(model, theta, t / tScale);
      let v = s2;
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) v += g[i]! * cov[i]![j]! * g[j]!;
      const half = Z80 * Math.sqrt(v) * yScale;
      const mid = at(t);
      return [mid - half, mid + half];
    },
  };
}

/** A growth model as a forecaster for the comparison. */
export function growthForecaster(model: GrowthModel): Forecaster {
  return {
    id: model.id,
    label: model.label,
    formula: model.formula,
    kind: 'model',
    fit: (points) => fitGrowth(model, points),
  };
}
