import { wilson, type Interval } from './wilson';

/**
 * The 95% interval of a − b for two independent proportions, by Newcombe's hybrid score
 * method (1998, method 10): each side's Wilson interval, combined as the square root of the
 * sum of squared distances. Unlike a ± z·se it stays sensible near 0 and 1, where late days
 * and small imported cohorts sit. Null when either side has no users.
 */
export function differenceInterval(
  aSuccesses: number,
  aTrials: number,
  bSuccesses: number,
  bTrials: number,
): Interval | null {
  const a = wilson(aSuccesses, aTrials);
  const b = wilson(bSuccesses, bTrials);
  if (!a || !b) return null;
  const pa = aSuccesses / aTrials;
  const pb = bSuccesses / bTrials;
  const d = pa - pb;
  return {
    low: d - Math.sqrt((pa - a.low) ** 2 + (b.high - pb) ** 2),
    high: d + Math.sqrt((a.high - pa) ** 2 + (pb - b.low) ** 2),
  };
}

/**
 * The 95% interval of a ÷ b from the same two Wilson intervals (Donner and Zou's MOVER-R,
 * 2012), so the ratio and the difference rest on one method. Null when either side has no
 * users or b is 0 (no ratio to speak of).
 */
export function ratioInterval(
  aSuccesses: number,
  aTrials: number,
  bSuccesses: number,
  bTrials: number,
): Interval | null {
  const a = wilson(aSuccesses, aTrials);
  const b = wilson(bSuccesses, bTrials);
  if (!a || !b || !(bSuccesses > 0)) return null;
  const t1 = aSuccesses / aTrials;
  const t2 = bSuccesses / bTrials;
  const product = t1 * t2;
  // Each limit is a root of a quadratic in the ratio. The lower one's leading coefficient
  // can be 0 (a knife's edge with tiny cohorts): the root then tends to the linear solution.
  const lowLead = b.high * (2 * t2 - b.high);
  const lowConstant = a.low * (2 * t1 - a.low);
  const low =
    t1 === 0
      ? 0
      : Math.abs(lowLead) < 1e-12
        ? lowConstant / (2 * product)
        : (product - Math.sqrt(Math.max(0, product ** 2 - lowConstant * lowLead))) / lowLead;
  // b > 0 puts its Wilson low strictly between 0 and b, so this coefficient is positive.
  const highLead = b.low * (2 * t2 - b.low);
  const high = (product + Math.sqrt(Math.max(0, product ** 2 - a.high * (2 * t1 - a.high) * highLead))) / highLead;
  return { low: Math.max(0, low), high };
}
