import type { BassParams } from './bass';
import { bootstrapBass, DEFAULT_BOOTSTRAP_SAMPLES, DEFAULT_SEED } from './bootstrap';
import { fitBass, type BassFit } from './fit-bass';
import { MIN_FIT_POINTS } from './fit-points';
import { toFitPoints, type LaunchFigure } from './launch-series';
import { projectTarget, type ProjectionRow } from './project';
import { FALLBACK_MONTH_ONE_CHURN, retentionFromChurn, retentionFromPoints, type RetentionPoint } from './retention';

/** Days projected after the target launch: twelve months. */
export const HORIZON_DAYS = 365;

export interface AnalogueInput {
  /** The analogue's cumulative signup figures, by days since its launch. */
  readonly figures: readonly LaunchFigure[];
  /** Accounts that existed before the analogue launch. */
  readonly baseline?: number;
  /** Fit only figures dated before this day (days since the analogue launch); null = all. */
  readonly cutoffDay?: number | null;
  readonly samples?: number;
  readonly seed?: number;
}

export interface AnalogueFit {
  readonly fit: BassFit;
  readonly samples: readonly BassParams[];
  /** How many reported figures the fit used. */
  readonly used: number;
}

/** How many figures a fit as of the cutoff would see, and how many it needs. */
export interface FitShortfall {
  readonly count: number;
  readonly needed: number;
}

/**
 * The time machine's check before fitting: the figures dated before the cutoff (and on or
 * after the launch), or null when there are enough for a fit. A cutoff that leaves too few
 * is a choice the analyst can move, not a failure.
 */
export function fitShortfall(input: AnalogueInput): FitShortfall | null {
  const cutoff = input.cutoffDay ?? Infinity;
  const count = input.figures.filter((f) => f.days >= 0 && f.days < cutoff).length;
  return count < MIN_FIT_POINTS ? { count, needed: MIN_FIT_POINTS } : null;
}

/** Fit the analogue launch and bootstrap the fit (the slow part: run it only when the data or cutoff change). */
export function fitAnalogue(input: AnalogueInput): AnalogueFit {
  const cutoff = input.cutoffDay ?? Infinity;
  const figures = input.figures.filter((f) => f.days < cutoff);
  const fit = fitBass(toFitPoints(figures, input.baseline ?? 0));
  const samples = bootstrapBass(fit, {
    samples: input.samples ?? DEFAULT_BOOTSTRAP_SAMPLES,
    seed: input.seed ?? DEFAULT_SEED,
  });
  return { fit, samples, used: fit.points.length };
}

export type RetentionSource = 'data' | 'override' | 'fallback';

export interface ResolvedRetention {
  readonly curve: Float64Array;
  readonly source: RetentionSource;
  /** 1 − r(30): the share of a cohort gone 30 days after signing up. */
  readonly monthOneChurn: number;
}

/**
 * The retention curve to use: a churn override if the analyst set one, else the
 * platform's cohort curve, else the fallback churn (see FALLBACK_MONTH_ONE_CHURN).
 */
export function resolveRetention(
  points: readonly RetentionPoint[] | null,
  churnOverride: number | null,
  days: number,
): ResolvedRetention {
  const { curve, source } =
    churnOverride !== null
      ? { curve: retentionFromChurn(churnOverride, days), source: 'override' as const }
      : points !== null && points.length > 0
        ? { curve: retentionFromPoints(points, days), source: 'data' as const }
        : { curve: retentionFromChurn(FALLBACK_MONTH_ONE_CHURN, days), source: 'fallback' as const };
  return { curve, source, monthOneChurn: 1 - (curve[Math.min(30, days)] as number) };
}

export interface TargetInput {
  /** Addressable population × reachable share. */
  readonly market: number;
  readonly p?: number | null;
  readonly q?: number | null;
  readonly retention: readonly RetentionPoint[] | null;
  /** Month-one churn (0–1) to use instead of the retention curve; null = none. */
  readonly churn?: number | null;
  readonly horizonDays?: number;
}

export interface LaunchProjection {
  readonly target: BassParams;
  readonly rows: readonly ProjectionRow[];
  readonly retention: ResolvedRetention;
}

/** Project the target launch from an analogue fit (fast: runs on every control change). */
export function projectLaunch(analogue: AnalogueFit, input: TargetInput): LaunchProjection {
  const horizonDays = input.horizonDays ?? HORIZON_DAYS;
  const retention = resolveRetention(input.retention, input.churn ?? null, horizonDays);
  const { params, rows } = projectTarget({
    fitted: analogue.fit.params,
    samples: analogue.samples,
    market: input.market,
    p: input.p ?? null,
    q: input.q ?? null,
    retention: retention.curve,
    horizonDays,
  });
  return { target: params, rows, retention };
}

/**
 * Fit + project in one pure call: what the app computes for a view, and what the
 * benchmark times.
 */
export function fitAndProject(
  analogue: AnalogueInput,
  target: TargetInput,
): LaunchProjection & { readonly analogue: AnalogueFit } {
  const fitted = fitAnalogue(analogue);
  return { ...projectLaunch(fitted, target), analogue: fitted };
}
