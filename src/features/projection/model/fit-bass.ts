import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { bassCumulative, bassGradient, type BassParams } from './bass';
import { checkFitPoints, type FitPoint } from './fit-points';

/** A fitted Bass curve and how well it matches the points it was fitted to. */
export interface BassFit {
  readonly params: BassParams;
  /** The points, sorted by day. */
  readonly points: readonly FitPoint[];
  /** Model value at each point. */
  readonly fitted: readonly number[];
  /** Observed minus fitted, per point. */
  readonly residuals: readonly number[];
  /** Root mean square of the residuals, in adopters. */
  readonly rmse: number;
}

// The fit runs on scaled data (days / last day, adopters / largest value) and on the
// logarithms of the parameters: p ~1e-3, q ~1 and m ~1e8 differ by eleven orders of
// magnitude, which no damping schedule handles well, and logs keep all three positive.
const LOG_MIN = [Math.log(1e-7), Math.log(1e-7), Math.log(0.5)];
const LOG_MAX = [Math.log(100), Math.log(1000), Math.log(1000)];
// Starting points spread over slow and fast launches; the best end point wins.
const STARTS_P = [0.003, 0.05, 0.5];
const STARTS_Q = [0.5, 4, 20];
const STARTS_M = [1.05, 1.6, 4];

interface Scaled {
  readonly x: number[];
  readonly y: number[];
  readonly tScale: number;
  readonly yScale: number;
}

function scale(points: readonly FitPoint[]): Scaled {
  const tScale = Math.max(...points.map((p) => p.t));
  const yScale = Math.max(...points.map((p) => p.y));
  return { x: points.map((p) => p.t / tScale), y: points.map((p) => p.y / yScale), tScale, yScale };
}

const fromLog = (theta: readonly number[]): BassParams => ({
  p: Math.exp(theta[0] as number),
  q: Math.exp(theta[1] as number),
  m: Math.exp(theta[2] as number),
});

function solve(data: Scaled, start: BassParams, maxIterations: number): { theta: number[]; error: number } {
  const result = levenbergMarquardt(
    { x: data.x, y: data.y },
    (theta) => {
      const params = fromLog(theta);
      return (t) => bassCumulative(t, params);
    },
    {
      initialValues: [Math.log(start.p), Math.log(start.q), Math.log(start.m)],
      jacobianFunction: (theta) => {
        const params = fromLog(theta);
        return (t) => {
          const [dp, dq, dm] = bassGradient(t, params);
          return [dp * params.p, dq * params.q, dm * params.m];
        };
      },
      minValues: LOG_MIN,
      maxValues: LOG_MAX,
      damping: 1e-2,
      maxIterations,
      errorTolerance: 1e-16,
      improvementThreshold: 1e-4,
    },
  );
  return { theta: result.parameterValues, error: result.parameterError };
}

function finish(points: readonly FitPoint[], params: BassParams): BassFit {
  const fitted = points.map((pt) => bassCumulative(pt.t, params));
  const residuals = points.map((pt, i) => pt.y - (fitted[i] as number));
  const rmse = Math.sqrt(residuals.reduce((s, r) => s + r * r, 0) / residuals.length);
  if (![params.p, params.q, params.m, rmse].every(Number.isFinite)) {
    throw new Error('The Bass fit did not converge to finite parameters; check the points.');
  }
  return { params, points, fitted, residuals, rmse };
}

/** Iterations for a fit from scratch. The library stops only at this count or at a near-zero error, so it is the cost. */
export const FULL_ITERATIONS = 200;

/**
 * Fit p, q, m to points that were already checked, starting from `starts` (in real
 * units). Used by `fitBass` and by the bootstrap, whose resampled series may wiggle and
 * which starts next to the optimum, so it needs far fewer iterations.
 */
export function fitBassFrom(
  points: readonly FitPoint[],
  starts: readonly BassParams[],
  maxIterations = FULL_ITERATIONS,
): BassFit {
  const data = scale(points);
  let best: { theta: number[]; error: number } | undefined;
  for (const s of starts) {
    const start = { p: s.p * data.tScale, q: s.q * data.tScale, m: s.m / data.yScale };
    const candidate = solve(data, start, maxIterations);
    if (Number.isFinite(candidate.error) && (best === undefined || candidate.error < best.error)) best = candidate;
  }
  if (best === undefined) throw new Error('The Bass fit failed from every starting point; check the points.');
  const scaled = fromLog(best.theta);
  return finish(points, { p: scaled.p / data.tScale, q: scaled.q / data.tScale, m: scaled.m * data.yScale });
}

/**
 * Fit the Bass model to cumulative adopters by nonlinear least squares
 * (Levenberg–Marquardt, ml-levenberg-marquardt) from several starting points. Throws a
 * clear Error for bad input (see `checkFitPoints`); never returns NaN.
 */
export function fitBass(points: readonly FitPoint[]): BassFit {
  const sorted = checkFitPoints(points);
  const tScale = Math.max(...sorted.map((p) => p.t));
  const yScale = Math.max(...sorted.map((p) => p.y));
  const starts: BassParams[] = [];
  for (const p of STARTS_P)
    for (const q of STARTS_Q) for (const m of STARTS_M) starts.push({ p: p / tScale, q: q / tScale, m: m * yScale });
  return fitBassFrom(sorted, starts);
}
