import type { CumulativeCurve } from './backtest';
import { bassCumulative, type BassParams } from './bass';
import { DEFAULT_BOOTSTRAP_SAMPLES } from './bootstrap';
import { SIZE_DAY } from './early-check';
import type { FitPoint } from './fit-points';
import type { Forecaster } from './forecast';
import type { ProjectionRow } from './project';
import { activeUsers } from './retention';

export interface CarryInput {
  /** The analogue's cumulative signups as fit points (baseline already subtracted, cutoff applied). */
  readonly points: readonly FitPoint[];
  /** Eventual signups in the target region: addressable population × reachable share. */
  readonly market: number;
  /** Daily retention curve r[0..horizonDays]. */
  readonly retention: ArrayLike<number>;
  readonly horizonDays: number;
}

/** A model carried to the target: its rows by day, and both cumulative curves for any day (the backtest runs past the horizon). */
export interface CarriedProjection {
  readonly rows: ProjectionRow[];
  /** The analogue as the model fitted it, on the fit points' scale (baseline subtracted), floored at zero. */
  readonly analogue: CumulativeCurve;
  /** The target's cumulative signups by day since its launch, floored at zero. */
  readonly target: CumulativeCurve;
}

/**
 * Project the target launch with any forecaster: its curve fitted to the analogue's
 * cumulative signups, carried to the target at the target's size the way the early-days
 * check carries it, signups(d) = market · f(d) / f(365), so every model reaches the same
 * market a year in and differs in how it gets there. The 80% band of the fit (the
 * forecaster's own prediction band, its 10th–90th percentiles) is carried by the same
 * factor; active users are each curve's daily signups kept by the retention curve. Counts
 * below zero (a straight line crossing zero before its first figure) are drawn as zero,
 * and the band is clamped to contain the central line. Throws a clear Error when the
 * forecaster cannot be fitted or its curve is not positive a year in.
 */
export function carryProjection(forecaster: Forecaster, input: CarryInput): CarriedProjection {
  const { points, market, retention, horizonDays } = input;
  if (!Number.isFinite(market) || market <= 0)
    throw new Error(`The target market must be a positive number, got ${String(market)}.`);
  const fit = forecaster.fit(points);
  const size = fit.predict(SIZE_DAY);
  if (!(size > 0)) throw new Error(`the ${forecaster.label} curve is not positive on day ${SIZE_DAY}`);
  const factor = market / size;
  const target = (t: number) => Math.max(0, factor * fit.predict(t));
  const base = new Float64Array(horizonDays + 1);
  const low = new Float64Array(horizonDays + 1);
  const high = new Float64Array(horizonDays + 1);
  for (let day = 0; day <= horizonDays; day++) {
    const mid = target(day);
    const band = fit.band(day);
    base[day] = mid;
    low[day] = band ? Math.min(mid, Math.max(0, factor * band[0])) : mid;
    high[day] = band ? Math.max(mid, factor * band[1]) : mid;
  }
  const actives = activeUsers(base, retention);
  const activesLow = activeUsers(low, retention);
  const activesHigh = activeUsers(high, retention);
  const rows: ProjectionRow[] = [];
  for (let day = 0; day <= horizonDays; day++) {
    const a = actives[day]!;
    rows.push({
      day,
      signupsLow: low[day]!,
      signups: base[day]!,
      signupsHigh: high[day]!,
      activesLow: Math.min(a, Math.max(0, activesLow[day]!)),
      actives: a,
      activesHigh: Math.max(a, activesHigh[day]!),
    });
  }
  return { rows, analogue: (t) => Math.max(0, fit.predict(t)), target };
}

/** The rows of `carryProjection`: the target's signups and active users by day, with bands. */
export function carryToTarget(forecaster: Forecaster, input: CarryInput): ProjectionRow[] {
  return carryProjection(forecaster, input).rows;
}

/** The projection the 30/90/365-day table shows, and which model made it. */
export interface FiguresProjection {
  /** The forecaster drawn ('bass' for the launch projection's own Bass fit). */
  readonly id: string;
  readonly label: string;
  readonly rows: readonly ProjectionRow[];
  /** The analogue as this model fitted it, on the fit points' scale: what the chart lays over the projection. */
  readonly analogue: CumulativeCurve;
  /** The target's cumulative signups by day since its launch, past the horizon too: what the backtest checks. */
  readonly target: CumulativeCurve;
  /** What the band is, in words. */
  readonly band: string;
  /** Why the chosen model is not the one shown; null when it is. */
  readonly fallback: string | null;
}

const BASS_BAND = `10th–90th percentile over ${DEFAULT_BOOTSTRAP_SAMPLES} residual-bootstrap refits of the analogue`;
const CARRIED_BAND = "the fit's 80% prediction band, 10th–90th percentile";

/** The launch projection's own Bass: its rows, the analogue as fitted and the target's p, q and m. */
export interface BassProjection {
  readonly rows: readonly ProjectionRow[];
  readonly analogue: BassParams;
  readonly target: BassParams;
}

/**
 * The projection under the chosen model, as the chart, its CSV, the 30/90/365-day table and
 * the backtest show it: Bass is the launch projection itself (its p and q overrides and
 * bootstrap band included); any other model is carried to the target by `carryProjection`. With no chosen model, or one that cannot be fitted to the
 * launch figures, it falls back to the Bass projection and says why. So it does when p or q
 * is set by hand or by a scenario preset (`handSet`): those are Bass coefficients, and a
 * scenario the analyst set must move the figures.
 */
export function figuresProjection(
  chosen: Forecaster | null,
  bassProjection: BassProjection,
  input: CarryInput,
  handSet = false,
): FiguresProjection {
  const bass = (fallback: string | null): FiguresProjection => ({
    id: 'bass',
    label: 'Bass',
    rows: bassProjection.rows,
    analogue: (t) => bassCumulative(t, bassProjection.analogue),
    target: (t) => bassCumulative(t, bassProjection.target),
    band: BASS_BAND,
    fallback,
  });
  if (chosen === null) return bass('no model was chosen, since no series has enough figures to compare models on');
  if (chosen.id === 'bass') return bass(null);
  if (handSet)
    return bass(`p and q are set by hand, and they are Bass coefficients: ${chosen.label}, the chosen model, has none`);
  try {
    return {
      id: chosen.id,
      label: chosen.label,
      ...carryProjection(chosen, input),
      band: CARRIED_BAND,
      fallback: null,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return bass(`${chosen.label}, the chosen model, cannot be fitted to the launch figures (${reason})`);
  }
}
