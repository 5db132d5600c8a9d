import type { FitPoint } from './fit-points';

/** A reported cumulative figure, placed by whole days since the launch it follows. */
export interface LaunchFigure {
  /** Whole days from the launch day to the day the figure is dated (0 = launch day). */
  readonly days: number;
  /** Cumulative signups / registered accounts as reported. */
  readonly value: number;
}

/**
 * Turn dated cumulative figures into fit points.
 *
 * - Only signups after the launch count: `baseline` (accounts that existed before it,
 *   e.g. Bluesky's invite-only users before the public opening) is subtracted.
 * - A figure dated day d was reached during that day. Figures only carry a date, but
 *   several can share one (Threads passed 2M and 5M hours apart on day 0), so the k-th of
 *   n same-day figures (by size) is placed at t = d + k/n: the last one at the end of the
 *   day, the earlier ones evenly before it. Keeping all of them beats keeping one per day:
 *   Threads has 6 figures over 4 dates, and 4 points would leave one degree of freedom.
 * - Figures dated before the launch are dropped.
 */
export function toFitPoints(figures: readonly LaunchFigure[], baseline = 0): FitPoint[] {
  const byDay = new Map<number, number[]>();
  for (const f of figures) {
    if (f.days < 0) continue;
    const list = byDay.get(f.days) ?? [];
    list.push(f.value - baseline);
    byDay.set(f.days, list);
  }
  const points: FitPoint[] = [];
  for (const [day, values] of [...byDay].sort((a, b) => a[0] - b[0])) {
    values.sort((a, b) => a - b);
    values.forEach((y, k) => points.push({ t: day + (k + 1) / values.length, y }));
  }
  return points;
}
