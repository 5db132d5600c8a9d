import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../../../src/features/retention/model/normal';
import { compareProportions } from '../../../../../src/features/retention/model/proportion-test';
import { wilson } from '../../../../../src/features/retention/model/wilson';

describe('Wilson score interval (95%)', () => {
  // Published values: Wikipedia, "Binomial proportion confidence interval" (81/263:
  // 0.2553–0.3662) and Brown, Cai and DasGupta's tables for n = 10.
  it.each([
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
    [81, 263, 0.2553, 0.3662],
  ])('%i of %i is %f–%f', (k, n, low, high) => {
    const interval = wilson(k, n);
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it('has no interval without trials or with impossible counts', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(wilson(11, 10)).toBeNull();
  });
});

describe('normal CDF', () => {
  it('matches the table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
});

describe('two-proportion z-test', () => {
  it('tells 50/100 from 30/100 (z = 0.2 / √(0.4 · 0.6 · 0.02) = 2.887, p = 0.0039)', () => {
    const c = compareProportions(50, 100, 30, 100);
    expect(c?.difference).toBeCloseTo(0.2, 10);
    expect(c?.z).toBeCloseTo(0.2 / Math.sqrt(0.0048), 10);
    expect(c?.p).toBeCloseTo(0.0039, 4);
    expect(c?.withinNoise).toBe(false);
    // Newcombe's score interval: Wilson 0.4038–0.5962 and 0.2189–0.3958, so
    // 0.2 − √(0.0962² + 0.0958²) = 0.0642 and 0.2 + √(0.0962² + 0.0811²) = 0.3258.
    expect(c?.interval.low).toBeCloseTo(0.0642, 4);
    expect(c?.interval.high).toBeCloseTo(0.3258, 4);
  });

  it('calls 6/20 against 5/20 noise (z = 0.05 / √(0.275 · 0.725 · 0.1) = 0.354, p = 0.72)', () => {
    const c = compareProportions(6, 20, 5, 20);
    expect(c?.z).toBeCloseTo(0.354, 3);
    expect(c?.p).toBeCloseTo(0.7236, 3);
    expect(c?.withinNoise).toBe(true);
  });

  it('needs users on both sides', () => {
    expect(compareProportions(1, 2, 0, 0)).toBeNull();
  });
});
