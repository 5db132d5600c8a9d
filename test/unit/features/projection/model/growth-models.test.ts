import { describe, expect, it } from 'vitest';
import { fitGrowth } from '../../../../../src/features/projection/model/fit-growth';
import { informationCriteria } from '../../../../../src/features/projection/model/forecast';
import { GROWTH_MODELS, type GrowthModel } from '../../../../../src/features/projection/model/growth-models';
import { seededRandom } from '../../../../../src/features/projection/model/prng';

/** Real-unit curves written out independently of the models' scaled form. */
const curves: Record<GrowthModel['id'], (t: number, v: Record<string, number>) => number> = {
  bass: (t, { p, q, m }) => (m! * (1 - Math.exp(-(p! + q!) * t))) / (1 + (q! / p!) * Math.exp(-(p! + q!) * t)),
  logistic: (t, { K, r, a }) => K! / (1 + a! * Math.exp(-r! * t)),
  gompertz: (t, { K, b, c }) => K! * Math.exp(-b! * Math.exp(-c! * t)),
  'two-phase': (t, { B, k, g }) => B! * (1 - Math.exp(-k! * t)) + g! * t,
};

/** True parameters (real units), the days observed, and the tolerance each recovered parameter must meet. */
const cases: Array<[GrowthModel['id'], Record<string, number>, number[], number]> = [
  ['bass', { p: 0.01, q: 0.3, m: 5e7 }, [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 25, 30, 40], 0.1],
  ['logistic', { K: 4e8, r: 0.006, a: 20 }, Array.from({ length: 16 }, (_, i) => 60 + 60 * i), 0.1],
  ['gompertz', { K: 6e8, b: 3, c: 0.003 }, Array.from({ length: 16 }, (_, i) => 60 + 60 * i), 0.1],
  ['two-phase', { B: 1e8, k: 0.2, g: 3e5 }, [1, 2, 3, 5, 7, 10, 14, 20, 30, 60, 90, 120, 180, 240, 300, 365], 0.15],
];

const noisy = (id: GrowthModel['id'], truth: Record<string, number>, days: number[], noise: number, seed: number) => {
  const rand = seededRandom(seed);
  return days.map((t) => ({ t, y: curves[id](t, truth) * (1 + noise * (rand() * 2 - 1)) }));
};
const model = (id: GrowthModel['id']) => GROWTH_MODELS.find((m) => m.id === id)!;

describe('growth models', () => {
  it.each(GROWTH_MODELS.map((m) => [m.id, m] as const))(
    '%s has an exact gradient (checked against central differences)',
    (_, m) => {
      const k = [0.7, 1.9, 2.3];
      for (const x of [0.1, 0.5, 1]) {
        const g = m.gradient(x, k);
        k.forEach((_, i) => {
          const h = 1e-6;
          const up = k.map((v, j) => (j === i ? v + h : v));
          const down = k.map((v, j) => (j === i ? v - h : v));
          expect(g[i]).toBeCloseTo((m.value(x, up) - m.value(x, down)) / (2 * h), 6);
        });
      }
    },
  );

  it.each(cases)(
    '%s recovers known parameters from a series with 2 percent noise, within its tolerance',
    (id, truth, days, tolerance) => {
      const fit = fitGrowth(model(id), noisy(id, truth, days, 0.02, 11));
      for (const p of fit.params) {
        expect(Math.abs(p.value - truth[p.name]!) / truth[p.name]!, `${id} ${p.name}`).toBeLessThan(tolerance);
        // The truth lies within 3 standard errors of the estimate.
        expect(p.se, `${id} ${p.name} SE`).not.toBeNull();
        expect(Math.abs(p.value - truth[p.name]!)).toBeLessThan(3 * p.se!);
      }
      expect(fit.n).toBe(days.length);
      expect(fit.aic).not.toBeNull();
    },
  );

  it('standard errors match the spread of estimates over repeated noisy series (Monte Carlo reference)', () => {
    const [id, truth, days] = cases[1]!;
    const estimates = Array.from(
      { length: 60 },
      (_, s) => fitGrowth(model(id), noisy(id, truth, days, 0.03, 100 + s)).params[1]!.value,
    );
    const meanR = estimates.reduce((a, b) => a + b, 0) / estimates.length;
    const sd = Math.sqrt(estimates.reduce((a, b) => a + (b - meanR) ** 2, 0) / (estimates.length - 1));
    const se = fitGrowth(model(id), noisy(id, truth, days, 0.03, 99)).params[1]!.se!;
    // Uniform noise of ±3% has a standard deviation of 3%/√3; one fit's SE estimates the sd within sampling error.
    expect(se / sd).toBeGreaterThan(0.6);
    expect(se / sd).toBeLessThan(1.6);
  });

  it('gives a band that contains the curve, and none when the fit has no residual degrees of freedom', () => {
    const [id, truth, days] = cases[2]!;
    const fit = fitGrowth(model(id), noisy(id, truth, days, 0.02, 5));
    const [low, high] = fit.band(1200)!;
    expect(low).toBeLessThan(fit.predict(1200));
    expect(high).toBeGreaterThan(fit.predict(1200));
    const exact = fitGrowth(model(id), noisy(id, truth, days.slice(0, 3), 0, 5));
    expect(exact.band(400)).toBeNull();
    expect(exact.aic).toBeNull();
  });

  it('computes AIC and BIC from the residual sum of squares, counting the variance', () => {
    // n = 10, k = 3, RSS = 40: n·ln(RSS/n) = 10·ln 4 = 13.8629; AIC adds 2·4, BIC adds 4·ln 10 = 9.2103.
    const { aic, bic } = informationCriteria(10, 3, 40);
    expect(aic).toBeCloseTo(21.8629, 3);
    expect(bic).toBeCloseTo(23.0733, 3);
    expect(informationCriteria(3, 3, 1)).toEqual({ aic: null, bic: null });
  });

  it('refuses too few points with a clear message', () => {
    expect(() =>
      fitGrowth(model('logistic'), [
        { t: 1, y: 1 },
        { t: 2, y: 2 },
      ]),
    ).toThrow(/At least 3 points/);
  });
});
