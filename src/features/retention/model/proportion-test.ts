import { normalCdf } from './normal';
import { differenceInterval } from './relative-interval';
import type { Interval } from './wilson';

/** Two proportions compared: a − b, its 95% interval, and whether it is within noise. */
export interface ProportionComparison {
  readonly difference: number;
  readonly interval: Interval;
  readonly z: number;
  /** Two-sided p-value of "no difference". */
  readonly p: number;
  /** p ≥ 0.05: the data cannot tell the two apart. */
  readonly withinNoise: boolean;
}

/**
 * The two-proportion z-test on users pooled across each side's cohorts (the pooled
 * standard error under "no difference"), with Newcombe's score interval for the
 * difference (relative-interval.ts), the one the curves drawn against a baseline use. Users, not cohorts, are the unit because every figure here is a share of
 * users; with few large cohorts a permutation over cohorts would have almost no
 * permutations to draw from. Null when either side has no users.
 */
export function compareProportions(
  aSuccesses: number,
  aTrials: number,
  bSuccesses: number,
  bTrials: number,
): ProportionComparison | null {
  if (!(aTrials > 0) || !(bTrials > 0)) return null;
  const a = aSuccesses / aTrials;
  const b = bSuccesses / bTrials;
  const pooled = (aSuccesses + bSuccesses) / (aTrials + bTrials);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / aTrials + 1 / bTrials));
  const difference = a - b;
  const z = sePooled > 0 ? difference / sePooled : 0;
  const p = sePooled > 0 ? 2 * (1 - normalCdf(Math.abs(z))) : 1;
  const interval = differenceInterval(aSuccesses, aTrials, bSuccesses, bTrials);
  if (!interval) return null;
  return {
    difference,
    interval,
    z,
    p,
    withinNoise: p >= 0.05,
  };
}
