/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** A 95% interval of a proportion. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * Wilson's score interval for `successes` out of `trials`: unlike p ± z·se it stays
 * inside 0–1 and does not collapse to a point at 0/n or n/n, which is where small
 * cohorts sit. Null for no trials. Counts may be fractional (a share of a spread block).
 */
export function wilson(successes: number, trials: number, z = Z95): Interval | null {
  if (!(trials > 0) || successes < 0 || successes > trials) return null;
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const half = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  return { low: Math.max(0, (centre - half) / denominator), high: Math.min(1, (centre + half) / denominator) };
}

/**
 * A share whose 95% interval is wider than this (20 points) says little on its own: the
 * heatmap fades such cells so the eye does not read noise as a pattern.
 */
export const WIDE_INTERVAL = 0.2;

/** Whether an interval is too wide to read its share on its own. */
export function isWide(interval: Interval | null): boolean {
  return interval === null || interval.high - interval.low > WIDE_INTERVAL;
}
