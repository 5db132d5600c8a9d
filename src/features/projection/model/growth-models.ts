import { bassCumulative, bassGradient } from './bass';

/** Which reported series a model describes: cumulative signups, or monthly active users. */
export type SeriesMeasure = 'registered' | 'MAU';

/** How a parameter's real value follows from its scaled one: × yScale^y / tScale^t. */
interface Units {
  readonly y: 0 | 1;
  readonly t: 0 | 1;
}

/**
 * A growth curve as the fitter sees it: on scaled data (days / last day, users / largest
 * value) with positive parameters of order 1, so no parameter is eleven orders of
 * magnitude from another. Each parameter converts back to real units by a power of the
 * scales, so a standard error converts by the same factor.
 */
export interface GrowthModel {
  readonly id: 'bass' | 'logistic' | 'gompertz' | 'two-phase';
  readonly label: string;
  /** The curve, in words and symbols, for the table and the notes. */
  readonly formula: string;
  /** Series the model may describe: Bass is a model of adoption, so only of cumulative signups. */
  readonly measures: readonly SeriesMeasure[];
  readonly names: readonly string[];
  /** Unit of each parameter once converted back, for display. */
  readonly unitLabels: readonly string[];
  readonly units: readonly Units[];
  /** The curve at scaled time x for positive scaled parameters k. */
  value(x: number, k: readonly number[]): number;
  /** ∂value/∂kᵢ at x, exact: finite differences cost several evaluations per point per iteration. */
  gradient(x: number, k: readonly number[]): number[];
  /** Starting points (scaled), spread over slow and fast growth; the best end point wins. */
  readonly starts: readonly (readonly number[])[];
}

const grid = (...axes: number[][]): number[][] =>
  axes.reduce<number[][]>((acc, axis) => acc.flatMap((prefix) => axis.map((v) => [...prefix, v])), [[]]);

/** Bass diffusion (p innovation, q imitation, m market) of cumulative signups. */
export const BASS: GrowthModel = {
  id: 'bass',
  label: 'Bass',
  formula: 'F(t) = m(1 − e^{−(p+q)t}) / (1 + (q/p)e^{−(p+q)t})',
  measures: ['registered'],
  names: ['p', 'q', 'm'],
  unitLabels: ['/day', '/day', 'people'],
  units: [
    { y: 0, t: 1 },
    { y: 0, t: 1 },
    { y: 1, t: 0 },
  ],
  value: (x, [p, q, m]) => bassCumulative(x, { p: p!, q: q!, m: m! }),
  gradient: (x, [p, q, m]) => bassGradient(x, { p: p!, q: q!, m: m! }),
  starts: grid([0.003, 0.05, 0.5], [0.5, 4, 20], [1.05, 1.6, 4]),
};

/** Logistic growth K / (1 + a·e^{−rt}): symmetric S-curve, fastest at half of K. */
export const LOGISTIC: GrowthModel = {
  id: 'logistic',
  label: 'Logistic',
  formula: 'y(t) = K / (1 + a·e^{−rt})',
  measures: ['registered', 'MAU'],
  names: ['K', 'r', 'a'],
  unitLabels: ['people', '/day', ''],
  units: [
    { y: 1, t: 0 },
    { y: 0, t: 1 },
    { y: 0, t: 0 },
  ],
  value: (x, [K, r, a]) => K! / (1 + a! * Math.exp(-r! * x)),
  gradient: (x, [K, r, a]) => {
    const e = Math.exp(-r! * x);
    const d = 1 + a! * e;
    return [1 / d, (K! * a! * x * e) / (d * d), (-K! * e) / (d * d)];
  },
  starts: grid([1.2, 5], [2, 8], [1, 10, 100]),
};

/** Gompertz growth K·exp(−b·e^{−ct}): fastest at K/e (37% of the ceiling), slow to saturate. */
export const GOMPERTZ: GrowthModel = {
  id: 'gompertz',
  label: 'Gompertz',
  formula: 'y(t) = K·exp(−b·e^{−ct})',
  measures: ['registered', 'MAU'],
  names: ['K', 'b', 'c'],
  unitLabels: ['people', '', '/day'],
  units: [
    { y: 1, t: 0 },
    { y: 0, t: 0 },
    { y: 0, t: 1 },
  ],
  value: (x, [K, b, c]) => K! * Math.exp(-b! * Math.exp(-c! * x)),
  gradient: (x, [K, b, c]) => {
    const e = Math.exp(-c! * x);
    const g = Math.exp(-b! * e);
    return [g, -K! * g * e, K! * g * b! * x * e];
  },
  starts: grid([1.2, 5], [0.5, 3, 20], [2, 8]),
};

/**
 * Two phases: a launch burst that exhausts itself (an installed base, Instagram's for
 * Threads, adopting at rate k: B(1 − e^{−kt})) plus sustained growth at a steady g per day.
 */
export const TWO_PHASE: GrowthModel = {
  id: 'two-phase',
  label: 'Two-phase (burst + sustained)',
  formula: 'y(t) = B(1 − e^{−kt}) + g·t',
  measures: ['registered', 'MAU'],
  names: ['B', 'k', 'g'],
  unitLabels: ['people', '/day', 'people/day'],
  units: [
    { y: 1, t: 0 },
    { y: 0, t: 1 },
    { y: 1, t: 1 },
  ],
  value: (x, [B, k, g]) => B! * (1 - Math.exp(-k! * x)) + g! * x,
  gradient: (x, [B, k]) => {
    const e = Math.exp(-k! * x);
    return [1 - e, B! * x * e, x];
  },
  starts: grid([0.3, 0.8], [1, 10, 100], [0.05, 0.5]),
};

/** Every growth model, in the order the comparison lists them. */
export const GROWTH_MODELS: readonly GrowthModel[] = [BASS, LOGISTIC, GOMPERTZ, TWO_PHASE];

/** Factor that turns a scaled parameter into real units. */
export function unitFactor(units: Units, tScale: number, yScale: number): number {
  return (units.y === 1 ? yScale : 1) / (units.t === 1 ? tScale : 1);
}
