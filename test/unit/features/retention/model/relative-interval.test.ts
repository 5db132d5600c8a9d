import { describe, expect, it } from 'vitest';
import { differenceInterval, ratioInterval } from '../../../../../src/features/retention/model/relative-interval';

/** Katz's log interval for a ratio, a different method that should agree with MOVER-R on large counts. */
function katz(a: number, n: number, b: number, m: number) {
  const ratio = a / n / (b / m);
  const se = Math.sqrt(1 / a - 1 / n + 1 / b - 1 / m);
  return { low: ratio * Math.exp(-1.959964 * se), high: ratio * Math.exp(1.959964 * se) };
}

describe("Newcombe's score interval for a difference of two proportions", () => {
  // Newcombe (1998), Statistics in Medicine 17:873, table II, method 10, examples (a) to (d).
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])('%i/%i − %i/%i: the published %f to %f', (a, n, b, m, low, high) => {
    const interval = differenceInterval(a, n, b, m);
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it('needs users on both sides', () => {
    expect(differenceInterval(1, 2, 0, 0)).toBeNull();
    expect(differenceInterval(0, 0, 1, 2)).toBeNull();
  });
});

describe('MOVER-R interval for a ratio of two proportions', () => {
  it('56/70 ÷ 48/80 = 1.333: from the Wilson limits 0.6918–0.8770 and 0.4905–0.7004, 1.0783 to 1.6629', () => {
    // By hand: θ1θ2 = 0.48; lower = (0.48 − √(0.48² − l1·u2·(2θ1 − l1)(2θ2 − u2))) / (u2(2θ2 − u2)), upper likewise.
    const interval = ratioInterval(56, 70, 48, 80);
    expect(interval?.low).toBeCloseTo(1.0783, 4);
    expect(interval?.high).toBeCloseTo(1.6629, 4);
  });

  it('agrees with the log method when the counts are large', () => {
    const mover = ratioInterval(600, 2000, 500, 2000)!;
    const log = katz(600, 2000, 500, 2000);
    expect(mover.low).toBeCloseTo(log.low, 3);
    expect(mover.high).toBeCloseTo(log.high, 3);
    expect(mover.low).toBeLessThan(1.2);
    expect(mover.high).toBeGreaterThan(1.2);
  });

  it('stays finite and at or above 0 where the log method breaks (nobody retained on one side)', () => {
    const zero = ratioInterval(0, 10, 3, 10)!;
    expect(zero.low).toBe(0);
    expect(zero.high).toBeCloseTo(1.2049, 4);
    // 1 of 10 against 1 of 10: the baseline's Wilson upper limit (0.404) is over twice its share.
    const small = ratioInterval(1, 10, 1, 10)!;
    expect(small.low).toBeCloseTo(0.1115, 4);
    expect(small.high).toBeCloseTo(8.9688, 4);
  });

  it('has no ratio to a baseline at 0, or without users', () => {
    expect(ratioInterval(3, 10, 0, 10)).toBeNull();
    expect(ratioInterval(3, 10, 0, 0)).toBeNull();
  });
});
