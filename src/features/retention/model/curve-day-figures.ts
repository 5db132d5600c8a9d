import type { RetentionCurveRow } from '../api/retention-curves';
import type { ExtrapolatedPoint } from './curve-fit';
import { wilson, type Interval } from './wilson';

/** One platform's retention on one day, as the curves' tooltip reads it. */
export interface CurveDayFigure {
  readonly platform: string;
  readonly rate: number;
  /**
   * Observed: the 95% Wilson interval on the pooled users. Fitted: the fit's 95% band.
   * Null when it cannot be computed.
   */
  readonly interval: Interval | null;
  /** Users of the cohorts observed for at least this many days; null on a fitted figure. */
  readonly users: number | null;
  /** Read off the fitted extrapolation, past the observed days. */
  readonly fitted: boolean;
  readonly modelled: boolean;
}

/**
 * Each platform's figure on `day`, in the order the platforms are given: the pooled share
 * active, its 95% Wilson interval and the cohort users behind it. A platform without an
 * observed figure that day (past its last observed day, or an unknown unbounded count) is left out.
 */
export function curveFiguresOnDay(
  rows: readonly RetentionCurveRow[],
  platforms: readonly string[],
  day: number,
): CurveDayFigure[] {
  return platforms.flatMap((platform) => {
    const row = rows.find((r) => r.platform === platform && r.day_offset === day);
    if (!row || row.active === null || row.cohort_users <= 0) return [];
    return [
      {
        platform,
        rate: row.active / row.cohort_users,
        interval: wilson(row.active, row.cohort_users),
        users: row.cohort_users,
        fitted: false,
        modelled: row.modelled,
      },
    ];
  });
}

/** A platform's extrapolation, as the chart draws it. */
export interface FittedCurve {
  readonly platform: string;
  readonly extrapolation: readonly ExtrapolatedPoint[];
  readonly modelled: boolean;
}

/**
 * What the tooltip shows on `day`: each platform's observed figure, or, past its observed
 * days, the extrapolated point nearest the day (the fit is drawn at most every few days).
 */
export function curveTooltipFigures(
  rows: readonly RetentionCurveRow[],
  curves: readonly FittedCurve[],
  day: number,
): CurveDayFigure[] {
  const observed = curveFiguresOnDay(
    rows,
    curves.map((c) => c.platform),
    day,
  );
  return curves.flatMap((c) => {
    const seen = observed.find((f) => f.platform === c.platform);
    if (seen) return [seen];
    const [first, second] = c.extrapolation;
    const step = first && second ? second.day - first.day : 1;
    const near = c.extrapolation.find((p) => Math.abs(p.day - day) * 2 <= step);
    if (!near) return [];
    return [
      {
        platform: c.platform,
        rate: near.fit,
        interval: { low: near.low, high: near.high },
        users: null,
        fitted: true,
        modelled: c.modelled,
      },
    ];
  });
}
