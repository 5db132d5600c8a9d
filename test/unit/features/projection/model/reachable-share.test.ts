import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARE_PERCENT,
  derivedShare,
  THREADS_EU_SHARE,
} from '../../../../../src/features/projection/model/reachable-share';

describe('the default reachable share', () => {
  it("is X's EU share of the population times Threads' reach of X's audience: 112.2 / 448 × 73 / 365", () => {
    const d = derivedShare(THREADS_EU_SHARE);
    // By hand: 112.2 / 448 = 0.250446…, 73 / 365 = 0.2 exactly, product 0.0500893 → 5.01%.
    expect(d.incumbentShare).toBeCloseTo(0.250446, 6);
    expect(d.reach).toBe(0.2);
    expect(d.percent).toBeCloseTo(5.00893, 5);
    expect(DEFAULT_SHARE_PERCENT).toBe(5.01);
  });

  it('is no longer the circular 5.78% (Instagram’s EU users × 1 in 10, the ~25.9M estimate’s own ratio)', () => {
    expect(DEFAULT_SHARE_PERCENT).not.toBe(5.78);
    // The EU market it gives, 448M × 5.01% ≈ 22.4M, is neither expectation.
    const market = 448e6 * (DEFAULT_SHARE_PERCENT / 100);
    expect(market).toBeCloseTo(22.4448e6, 0);
    expect(Math.abs(market - 25.9e6)).toBeGreaterThan(3e6);
  });

  it('says where each figure comes from, and none of them is a Threads signup figure', () => {
    const figures = Object.values(THREADS_EU_SHARE);
    expect(figures.every((f) => f.source.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(f.date))).toBe(true);
    // Published before the EU launch (2023-12-14) at the latest.
    expect(figures.every((f) => f.date <= '2023-12-14')).toBe(true);
  });
});
