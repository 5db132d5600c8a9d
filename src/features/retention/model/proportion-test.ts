import { normalCdf } from './normal';
import { Z95, type Interval } from './wilson';

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
 * standard error under "no difference" for the test, the unpooled one for the
 * interval). Users, not cohorts, are the unit because every figure here is a share of
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
  const se = Math.sqrt((a * (1 - a)) / aTrials + (b * (1 - b)) / bTrials);
  const difference = a - b;
  const z = sePooled > 0 ? difference / sePooled : 0;
  const p = sePooled > 0 ? 2 * (1 - normalCdf(Math.abs(z))) : 1;
  return {
    difference,
    interval: { low: difference - Z95 * se, high: difference + Z95 * se },
    z,
    p,
    withinNoise: p >= 0.05,
  };
}
