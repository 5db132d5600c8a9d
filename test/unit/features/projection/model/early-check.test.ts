import { describe, expect, it } from 'vitest';
import { LINEAR_TREND } from '../../../../../src/features/projection/model/baselines';
import { earlyCurves, SIZE_DAY } from '../../../../../src/features/projection/model/early-check';
import { bassCumulative } from '../../../../../src/features/projection/model/bass';

describe('earlyCurves', () => {
  it('carries a fitted shape to the target size, f(t)·market / f(365), with a figure dated day d read at t = d + 1', () => {
    // y = 10t exactly: the line fits a = 0, b = 10, so f(365) = 3650 and a market of 7300 doubles it.
    const points = [1, 2, 3, 4].map((t) => ({ t, y: 10 * t }));
    const [curve] = earlyCurves(points, 7300, [0, 2], [LINEAR_TREND]);
    expect(curve!.values[0]).toBeCloseTo(2 * 10 * 1, 9);
    expect(curve!.values[1]).toBeCloseTo(2 * 10 * 3, 9);
    expect(SIZE_DAY).toBe(365);
  });

  it('fits every signup model, and a launch that saturates in days puts most of the market in the first three', () => {
    const bass = { p: 0.05, q: 1.8, m: 1e8 };
    const points = [0.5, 1, 1.5, 2, 3, 5].map((t) => ({ t, y: bassCumulative(t, bass) }));
    const curves = earlyCurves(points, 25.9e6, [0, 2]);
    expect(curves.map((c) => c.id)).toEqual(['bass', 'logistic', 'gompertz', 'two-phase']);
    const fitted = curves.find((c) => c.id === 'bass')!;
    // Independent reference: the true curve scaled the same way.
    const ref = (d: number) => (25.9e6 * bassCumulative(d + 1, bass)) / bassCumulative(365, bass);
    expect(fitted.values[0]! / ref(0)).toBeCloseTo(1, 3);
    expect(fitted.values[1]! / ref(2)).toBeCloseTo(1, 3);
    // By hand: F(3)/m = (1 − e^{−5.55}) / (1 + 36·e^{−5.55}) = 0.874.
    expect(fitted.values[1]! / 25.9e6).toBeCloseTo(0.874, 2);
  });

  it('reports a model that cannot be fitted instead of dropping it', () => {
    const [curve] = earlyCurves([{ t: 1, y: 5 }], 100, [0], [LINEAR_TREND]);
    expect(curve!.values).toEqual([null]);
    expect(curve!.error).toMatch(/At least 2 points/);
  });
});
