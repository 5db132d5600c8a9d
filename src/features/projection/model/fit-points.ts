/** One observation to fit: `y` cumulative adopters reached `t` days after the launch. */
export interface FitPoint {
  readonly t: number;
  readonly y: number;
}

/** The fit has three parameters; with only three points every residual is zero and nothing is left to judge the fit by. */
export const MIN_FIT_POINTS = 4;

const count = new Intl.NumberFormat('en');

export interface FitPointOptions {
  /** Fewest points accepted (default MIN_FIT_POINTS). */
  readonly minPoints?: number;
  /** Whether the series must never go down (cumulative counts); false for active users. Default true. */
  readonly monotone?: boolean;
}

/**
 * Check points before a fit and return them sorted by time. Throws an Error that says
 * what is wrong (too few points, a value that is not a finite number, a point at or
 * before the launch, a cumulative series that goes down) instead of letting NaN through.
 */
export function checkFitPoints(points: readonly FitPoint[], options: FitPointOptions = {}): FitPoint[] {
  const minPoints = options.minPoints ?? MIN_FIT_POINTS;
  if (!Array.isArray(points)) throw new Error('Fit points must be an array of { t, y }.');
  points.forEach((point, i) => {
    if (!Number.isFinite(point.t))
      throw new Error(`Point ${i + 1}: the day (t = ${String(point.t)}) is not a finite number.`);
    if (!Number.isFinite(point.y))
      throw new Error(`Point ${i + 1}: the value (y = ${String(point.y)}) is not a finite number.`);
    if (point.t <= 0)
      throw new Error(
        `Point ${i + 1}: day ${point.t} is not after the launch; the model starts at 0 adopters on day 0.`,
      );
    if (point.y < 0)
      throw new Error(`Point ${i + 1}: a cumulative count cannot be negative (${count.format(point.y)}).`);
  });
  if (points.length < minPoints) {
    throw new Error(
      `At least ${minPoints} points after the launch are needed to fit the model; there ${points.length === 1 ? 'is' : 'are'} ${points.length}.`,
    );
  }
  const sorted = [...points].sort((a, b) => a.t - b.t);
  for (let i = 1; options.monotone !== false && i < sorted.length; i++) {
    const before = sorted[i - 1] as FitPoint;
    const after = sorted[i] as FitPoint;
    if (after.y < before.y) {
      throw new Error(
        `Cumulative signups must never go down, but they fall from ${count.format(before.y)} on day ${before.t} to ${count.format(after.y)} on day ${after.t}. Is this an active-user series?`,
      );
    }
  }
  if (new Set(sorted.map((p) => p.t)).size < 3) throw new Error('The points must cover at least 3 different days.');
  if ((sorted[sorted.length - 1] as FitPoint).y <= 0) throw new Error('Every value is 0: there is no adoption to fit.');
  return sorted;
}
