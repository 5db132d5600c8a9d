/**
 * The Bass diffusion model (Bass 1969): of a market of `m` eventual adopters, people
 * adopt on their own (innovation, `p` per day) or because others already have
 * (imitation, `q` per day). Time is in days since the launch.
 */
export interface BassParams {
  /** Coefficient of innovation, per day. */
  readonly p: number;
  /** Coefficient of imitation, per day. */
  readonly q: number;
  /** Market potential: how many people adopt in the end. */
  readonly m: number;
}

/** Cumulative adopters F(t) = m(1 − e^{−(p+q)t}) / (1 + (q/p)e^{−(p+q)t}); 0 before the launch. */
export function bassCumulative(t: number, { p, q, m }: BassParams): number {
  if (t <= 0) return 0;
  const e = Math.exp(-(p + q) * t);
  return (m * (1 - e)) / (1 + (q / p) * e);
}

/**
 * Partial derivatives of F(t) with respect to p, q and m, in that order. The fit uses
 * them as an exact Jacobian: finite differences are unreliable when p is ~1e-3 and m ~1e8.
 */
export function bassGradient(t: number, { p, q, m }: BassParams): [number, number, number] {
  if (t <= 0) return [0, 0, 0];
  const e = Math.exp(-(p + q) * t);
  const r = q / p;
  const n = 1 - e;
  const d = 1 + r * e;
  const dp = (m * e * (t * d + n * (q / (p * p) + r * t))) / (d * d);
  const dq = (m * e * (t * d - n * (1 / p - r * t))) / (d * d);
  return [dp, dq, n / d];
}

/** Cumulative adopters at the end of each day 0..days−1 (index i holds F(i + 1)). */
export function bassCurve(params: BassParams, days: number): Float64Array {
  const out = new Float64Array(days);
  for (let i = 0; i < days; i++) out[i] = bassCumulative(i + 1, params);
  return out;
}

/** Day of peak adoption, t* = ln(q/p)/(p+q); 0 when p ≥ q (adoption is fastest at launch). */
export function bassPeakDay({ p, q }: BassParams): number {
  return q > p ? Math.log(q / p) / (p + q) : 0;
}
