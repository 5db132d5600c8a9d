import { describe, expect, it } from 'vitest';
import {
  extrapolate,
  fitBest,
  fitDecay,
  predict,
  type CurvePoint,
} from '../../../../../src/features/retention/model/curve-fit';
import { invertSmall } from '../../../../../src/lib/math/small-matrix';

const days = Array.from({ length: 90 }, (_, i) => i + 1);
const power = (a: number, b: number) => (d: number) => a * Math.pow(d, -b);
const expo = (a: number, k: number, c: number) => (d: number) => c + a * Math.exp(-k * d);

/** Seeded Gaussian noise (mulberry32 + Box–Muller), so the test is repeatable. */
function noise(seed: number, sd: number) {
  let s = seed >>> 0;
  const u = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
  };
  return () => sd * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

const sample = (f: (d: number) => number, jitter?: () => number): CurvePoint[] => [
  { day: 0, rate: 1 },
  ...days.map((day) => ({ day, rate: f(day) + (jitter?.() ?? 0) })),
];

describe('retention curve fitting', () => {
  it('recovers power-law parameters from exact data', () => {
    const fit = fitDecay('power', sample(power(0.42, 0.55)));
    expect(fit?.parameters.a).toBeCloseTo(0.42, 4);
    expect(fit?.parameters.b).toBeCloseTo(0.55, 4);
    expect(fit?.rmse).toBeLessThan(1e-5);
  });

  it('recovers exponential-to-plateau parameters from exact data', () => {
    const fit = fitDecay('exponential', sample(expo(0.3, 0.06, 0.1)));
    expect(fit?.parameters.a).toBeCloseTo(0.3, 3);
    expect(fit?.parameters.k).toBeCloseTo(0.06, 3);
    expect(fit?.parameters.c).toBeCloseTo(0.1, 3);
  });

  it('picks the family that generated the data, by error', () => {
    expect(fitBest(sample(power(0.4, 0.6)))?.model).toBe('power');
    expect(fitBest(sample(expo(0.35, 0.08, 0.05)))?.model).toBe('exponential');
  });

  it('recovers parameters within their standard errors from noisy data', () => {
    const fit = fitDecay('power', sample(power(0.4, 0.5), noise(7, 0.01)));
    expect(fit).not.toBeNull();
    const { a = NaN, b = NaN } = fit?.parameters ?? {};
    const se = fit?.standardErrors ?? {};
    expect(Math.abs(a - 0.4)).toBeLessThan(3 * (se.a ?? 0));
    expect(Math.abs(b - 0.5)).toBeLessThan(3 * (se.b ?? 0));
    expect(se.a).toBeGreaterThan(0);
    expect(fit?.rmse).toBeGreaterThan(0.005);
    expect(fit?.rmse).toBeLessThan(0.015);
  });

  it('extrapolates to day 365 with a band that holds the truth and widens with noise', () => {
    const truth = power(0.4, 0.5);
    const exact = fitDecay('power', sample(truth));
    const noisy = fitDecay('power', sample(truth, noise(11, 0.02)));
    if (!exact || !noisy) throw new Error('fits failed');
    const far = extrapolate(noisy, 365);
    expect(far[0]?.day).toBe(90);
    expect(far[far.length - 1]?.day).toBe(365);
    expect(far.length).toBeLessThanOrEqual(201);
    const end = far[far.length - 1]!;
    expect(end.low).toBeLessThanOrEqual(truth(365));
    expect(end.high).toBeGreaterThanOrEqual(truth(365));
    const exactEnd = extrapolate(exact, 365).at(-1)!;
    expect(exactEnd.high - exactEnd.low).toBeLessThan(1e-4);
    expect(end.high - end.low).toBeGreaterThan(0.005);
    expect(predict(noisy, 365)).toBeCloseTo(end.fit, 10);
    expect(extrapolate(noisy, 60)).toEqual([]);
  });

  it('refuses to fit too few points', () => {
    expect(fitDecay('exponential', sample(power(0.4, 0.5)).slice(0, 4))).toBeNull();
    expect(fitBest([{ day: 0, rate: 1 }])).toBeNull();
  });

  it('inverts small matrices and reports singular ones', () => {
    expect(
      invertSmall([
        [4, 7],
        [2, 6],
      ])
        ?.flat()
        .map((v) => Number(v.toFixed(6))),
    ).toEqual([0.6, -0.7, -0.2, 0.4]);
    expect(
      invertSmall([
        [1, 2],
        [2, 4],
      ]),
    ).toBeNull();
  });
});
