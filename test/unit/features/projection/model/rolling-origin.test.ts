import { describe, expect, it } from 'vitest';
import { LINEAR_TREND, NAIVE } from '../../../../../src/features/projection/model/baselines';
import { accuracy, naiveScale } from '../../../../../src/features/projection/model/error-measures';
import type { Forecaster } from '../../../../../src/features/projection/model/forecast';
import { projectAsOf } from '../../../../../src/features/projection/model/as-of';
import { horizonOf, MONTH_DAYS, rollingOrigin } from '../../../../../src/features/projection/model/rolling-origin';

const Z = 1.2815515655446004;
// Five figures a month apart: 10, 20, 30, 50, 40.
const series = [10, 20, 30, 50, 40].map((y, i) => ({ t: (i + 1) * MONTH_DAYS, y }));

describe('rolling-origin evaluation', () => {
  it('refits the naive forecast from the third figure on and gives hand-checked errors by horizon', () => {
    const ev = rollingOrigin(NAIVE, series);
    // Origin 3 (10, 20, 30): forecasts 30 for 50 (1 month) and for 40 (2 months); scale (10 + 10)/2 = 10.
    // Origin 4 (10, 20, 30, 50): forecasts 50 for 40 (1 month); scale (10 + 10 + 20)/3 = 13.33.
    expect(ev.origins).toBe(2);
    expect(ev.failures).toBe(0);
    expect(ev.forecasts.map((f) => [f.actual, f.predicted, f.horizon])).toEqual([
      [50, 30, 1],
      [40, 30, 3],
      [40, 50, 1],
    ]);
    expect(ev.byHorizon[1].count).toBe(2);
    expect(ev.byHorizon[1].mape).toBeCloseTo((20 / 50 + 10 / 40) / 2, 12); // 0.325
    expect(ev.byHorizon[1].mase).toBeCloseTo((20 / 10 + 10 / (40 / 3)) / 2, 12); // 1.375
    expect(ev.byHorizon[3].mape).toBeCloseTo(0.25, 12);
    expect(ev.byHorizon[3].mase).toBeCloseTo(1, 12);
    expect(ev.byHorizon[6].count).toBe(0);
    expect(ev.byHorizon[6].mase).toBeNull();
    // Random-walk bands: σ² per day from the steps. Origin 3: 100/M, so ±z·10 at one month
    // ([17.2, 42.8], misses 50) and ±z·√200 at two ([11.9, 48.1], holds 40). Origin 4:
    // (100 + 100 + 400)/3/M, ±z·√200 at one month ([31.9, 68.1], holds 40).
    expect(ev.forecasts.map((f) => f.band!.map((b) => +b.toFixed(3)))).toEqual([
      [+(30 - Z * 10).toFixed(3), +(30 + Z * 10).toFixed(3)],
      [+(30 - Z * Math.sqrt(200)).toFixed(3), +(30 + Z * Math.sqrt(200)).toFixed(3)],
      [+(50 - Z * Math.sqrt(200)).toFixed(3), +(50 + Z * Math.sqrt(200)).toFixed(3)],
    ]);
    expect(ev.overall.coverage).toBeCloseTo(2 / 3, 12);
    expect(ev.byHorizon[1].coverage).toBe(0.5);
    expect(ev.byHorizon[3].coverage).toBe(1);
  });

  it('fits the linear trend by least squares, with the regression prediction band', () => {
    // (1, 1), (2, 3), (3, 2): t̄ = 2, ȳ = 2, Sₜₜ = 2, b = 0.5, a = 1, RSS = 0.25 + 1 + 0.25 = 1.5.
    const fit = LINEAR_TREND.fit([
      { t: 1, y: 1 },
      { t: 2, y: 3 },
      { t: 3, y: 2 },
    ]);
    expect(fit.params.map((p) => p.value)).toEqual([1, 0.5]);
    expect(fit.rss).toBeCloseTo(1.5, 12);
    expect(fit.predict(5)).toBeCloseTo(3.5, 12);
    // ±z·√(1.5 · (1 + 1/3 + (5 − 2)²/2)) = ±z·√8.75.
    const [low, high] = fit.band(5)!;
    expect(high - 3.5).toBeCloseTo(Z * Math.sqrt(8.75), 10);
    expect(3.5 - low).toBeCloseTo(Z * Math.sqrt(8.75), 10);
    // AIC = 3·ln(1.5/3) + 2·3, BIC = 3·ln(0.5) + 3·ln 3.
    expect(fit.aic).toBeCloseTo(3 * Math.log(0.5) + 6, 10);
    expect(fit.bic).toBeCloseTo(3 * Math.log(0.5) + 3 * Math.log(3), 10);
    expect(fit.params[1]!.se).toBeCloseTo(Math.sqrt(1.5 / 2), 12);
  });

  it('counts origins whose fit fails and makes no forecast from them', () => {
    let calls = 0;
    const flaky: Forecaster = {
      ...NAIVE,
      fit: (points) => {
        calls++;
        if (points.length === 3) throw new Error('cannot fit');
        return NAIVE.fit(points);
      },
    };
    const ev = rollingOrigin(flaky, series);
    expect(calls).toBe(2);
    expect(ev.failures).toBe(1);
    expect(ev.forecasts).toHaveLength(1);
  });
});

describe('error measures', () => {
  it('MASE divides by the in-sample one-step naive error (worked example)', () => {
    // Training 3, 5, 4, 8: steps 2, 1, 4, so the scale is 7/3.
    expect(naiveScale([3, 5, 4, 8])).toBeCloseTo(7 / 3, 12);
    // Forecasts 9 for 10 and 12 for 8 from that origin: |1|/(7/3) and |4|/(7/3), mean 15/14.
    const a = accuracy([
      { actual: 10, predicted: 9, scale: 7 / 3, band: null },
      { actual: 8, predicted: 12, scale: 7 / 3, band: null },
    ]);
    expect(a.mase).toBeCloseTo(15 / 14, 12);
    expect(a.mape).toBeCloseTo((0.1 + 0.5) / 2, 12);
    expect(naiveScale([5, 5, 5])).toBeNull();
    expect(naiveScale([5])).toBeNull();
  });

  it('counts band coverage over forecasts with a band only, ends included', () => {
    const a = accuracy([
      { actual: 10, predicted: 10, scale: 1, band: [10, 12] },
      { actual: 13, predicted: 10, scale: 1, band: [9, 12] },
      { actual: 7, predicted: 10, scale: 1, band: [7, 11] },
      { actual: 20, predicted: 10, scale: 1, band: null },
    ]);
    expect(a.banded).toBe(3);
    expect(a.coverage).toBeCloseTo(2 / 3, 12);
    expect(a.count).toBe(4);
  });

  it('files forecasts under the nearest reported horizon', () => {
    expect(horizonOf(MONTH_DAYS)).toBe(1);
    expect(horizonOf(1.99 * MONTH_DAYS)).toBe(1);
    expect(horizonOf(2 * MONTH_DAYS)).toBe(3);
    expect(horizonOf(4.5 * MONTH_DAYS)).toBe(6);
    expect(horizonOf(9 * MONTH_DAYS)).toBe(12);
    expect(horizonOf(18 * MONTH_DAYS)).toBeNull();
    expect(horizonOf(0)).toBeNull();
  });
});

describe('projectAsOf (the time machine)', () => {
  it('fits only the figures dated before the cutoff and scores the later ones', () => {
    const asOf = projectAsOf(NAIVE, series, 3.5 * MONTH_DAYS, MONTH_DAYS);
    expect(asOf.ok).toBe(true);
    if (!asOf.ok) return;
    expect(asOf.used.map((p) => p.y)).toEqual([10, 20, 30]);
    expect(asOf.later.map((p) => p.y)).toEqual([50, 40]);
    // Naive from 30: errors 20 and 10, scale 10 → MAPE (0.4 + 0.25)/2, MASE 1.5; only 40 lies in its band.
    expect(asOf.check.mape).toBeCloseTo(0.325, 12);
    expect(asOf.check.mase).toBeCloseTo(1.5, 12);
    expect(asOf.check.coverage).toBe(0.5);
    expect(asOf.rows[0]!.modelled).toBe(30);
    expect(asOf.rows.at(-1)!.t).toBeGreaterThanOrEqual(3.5 * MONTH_DAYS + 365 - MONTH_DAYS);
  });

  it('says why when too few figures precede the cutoff', () => {
    const asOf = projectAsOf(LINEAR_TREND, series, 1.5 * MONTH_DAYS);
    expect(asOf.ok).toBe(false);
    if (asOf.ok) return;
    expect(asOf.reason).toMatch(/At least 2 points/);
    expect(asOf.later).toHaveLength(4);
  });
});
