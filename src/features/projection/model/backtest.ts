import { activeUsers } from './retention';

/** A figure reported after the cutoff, to check the model against. */
export interface ReportedFigure {
  /** Days since the analogue launch. */
  readonly day: number;
  readonly value: number;
  /** Cumulative signups are compared with modelled signups, MAU with modelled active users. */
  readonly measure: 'registered' | 'MAU';
  /** `target`: the figure covers the target region only; `platform`: the whole platform (both launches). */
  readonly scope: 'target' | 'platform';
}

/** Cumulative adopters `t` days after a launch, as a model draws them (called for t ≥ 0 only). */
export type CumulativeCurve = (t: number) => number;

export interface BacktestInput {
  /** The analogue launch as fitted: cumulative adopters on the fit's scale (baseline left out). */
  readonly analogue: CumulativeCurve;
  /** Accounts that existed before the analogue launch (counted in platform signups). */
  readonly baseline: number;
  /** The target launch as projected: cumulative signups in the target region. */
  readonly target: CumulativeCurve;
  /** Target launch day, in days since the analogue launch (0 when it is the same launch). */
  readonly targetOffset: number;
  readonly retention: ArrayLike<number>;
  readonly reported: readonly ReportedFigure[];
}

export interface BacktestPoint extends ReportedFigure {
  readonly predicted: number;
  /** (predicted − reported) / reported. */
  readonly error: number;
}

export interface BacktestResult {
  readonly points: readonly BacktestPoint[];
  /** Mean absolute percentage error over the points, as a fraction (0.25 = 25%); null without points. */
  readonly mape: number | null;
  /** Modelled platform signups and actives by day since the analogue launch, for drawing. */
  readonly platformSignups: Float64Array;
  readonly platformActives: Float64Array;
}

/** Mean absolute percentage error of predictions against positive actual values, as a fraction. */
export function mape(pairs: ReadonlyArray<{ actual: number; predicted: number }>): number {
  if (pairs.length === 0) throw new Error('MAPE needs at least one reported value.');
  let sum = 0;
  for (const { actual, predicted } of pairs) {
    if (!Number.isFinite(actual) || actual <= 0)
      throw new Error(`MAPE needs positive reported values, got ${String(actual)}.`);
    if (!Number.isFinite(predicted))
      throw new Error(`MAPE got a prediction that is not a finite number (${String(predicted)}).`);
    sum += Math.abs(predicted - actual) / actual;
  }
  return sum / pairs.length;
}

/**
 * Compare a model with what was reported later. The model comes as two cumulative curves,
 * so any growth model can be checked, not only Bass: before the target launch the target
 * adds nothing, whatever its curve says there. Platform-wide figures (Threads' global
 * MAU) are compared with both launches together, plus the pre-launch baseline for
 * signups; figures for the target region alone with the target launch alone. Active users
 * are the adopters kept by the retention curve; baseline accounts are left out of them
 * because nothing says how many of them are still active.
 */
export function backtest(input: BacktestInput): BacktestResult {
  const { analogue, target, targetOffset, retention, reported } = input;
  if (!Number.isFinite(targetOffset)) throw new Error('The target launch day must be a finite number.');
  const lastDay = Math.max(0, ...reported.map((r) => Math.ceil(r.day)));
  const days = Math.max(lastDay, Math.ceil(targetOffset)) + 1;
  const targetCum = new Float64Array(days + 1);
  const platformCum = new Float64Array(days + 1);
  for (let d = 0; d <= days; d++) {
    targetCum[d] = d < targetOffset ? 0 : target(d - targetOffset);
    // The target launch is the analogue itself when the offset is 0 and the markets coincide; count it once.
    platformCum[d] = analogue(d) + (targetOffset > 0 ? (targetCum[d] as number) : 0);
  }
  const curve = retention.length >= days + 1 ? retention : extend(retention, days + 1);
  const targetActives = activeUsers(targetCum, curve);
  const platformActives = activeUsers(platformCum, curve);
  const platformSignups = platformCum.map((v) => v + input.baseline);

  const at = (series: Float64Array, day: number) => {
    const lo = Math.max(0, Math.min(days, Math.floor(day)));
    const hi = Math.min(days, lo + 1);
    const f = day - lo;
    return (series[lo] as number) * (1 - f) + (series[hi] as number) * f;
  };
  const points: BacktestPoint[] = reported
    .filter((r) => Number.isFinite(r.value) && r.value > 0 && Number.isFinite(r.day))
    .map((r) => {
      const series =
        r.measure === 'registered'
          ? r.scope === 'target'
            ? targetCum
            : platformSignups
          : r.scope === 'target'
            ? targetActives
            : platformActives;
      const predicted = at(series, r.day);
      return { ...r, predicted, error: (predicted - r.value) / r.value };
    });
  return {
    points,
    mape: points.length === 0 ? null : mape(points.map((p) => ({ actual: p.value, predicted: p.predicted }))),
    platformSignups,
    platformActives,
  };
}

/** Hold a retention curve's last value out to `length` days. */
function extend(curve: ArrayLike<number>, length: number): Float64Array {
  const out = new Float64Array(length);
  const last = curve.length > 0 ? (curve[curve.length - 1] as number) : 1;
  for (let d = 0; d < length; d++) out[d] = d < curve.length ? (curve[d] as number) : last;
  return out;
}
