import { describe, expect, it } from 'vitest';
import { bassCumulative } from '../../../../../src/features/projection/model/bass';
import { backtest, mape } from '../../../../../src/features/projection/model/backtest';

describe('mape', () => {
  it('averages absolute percentage errors', () => {
    expect(
      mape([
        { actual: 100, predicted: 110 },
        { actual: 200, predicted: 150 },
      ]),
    ).toBeCloseTo((0.1 + 0.25) / 2);
  });
  it('rejects empty input, zero actuals and NaN predictions', () => {
    expect(() => mape([])).toThrow(/at least one/);
    expect(() => mape([{ actual: 0, predicted: 1 }])).toThrow(/positive reported values/);
    expect(() => mape([{ actual: 1, predicted: Number.NaN }])).toThrow(/not a finite number/);
  });
});

describe('backtest', () => {
  const analogueParams = { p: 0.02, q: 1.8, m: 100e6 };
  const targetParams = { p: 0.02, q: 1.8, m: 26e6 };
  // The Bass launch projection, as the curves the backtest takes.
  const analogue = (t: number) => bassCumulative(t, analogueParams);
  const target = (t: number) => bassCumulative(t, targetParams);
  const keepAll = new Float64Array(1000).fill(1);

  it('compares platform figures with both launches and target figures with the target alone', () => {
    const result = backtest({
      analogue,
      baseline: 5e6,
      target,
      targetOffset: 162,
      retention: keepAll,
      reported: [
        { day: 200, value: 131e6, measure: 'registered', scope: 'platform' },
        { day: 200, value: 26e6, measure: 'MAU', scope: 'target' },
        { day: 100, value: 50e6, measure: 'MAU', scope: 'platform' },
      ],
    });
    const [signups, targetMau, early] = result.points;
    expect(signups?.predicted).toBeCloseTo(
      5e6 + bassCumulative(200, analogueParams) + bassCumulative(38, targetParams),
      -2,
    );
    expect(targetMau?.predicted).toBeCloseTo(bassCumulative(38, targetParams), -2);
    // Before the target launch only the analogue counts; with full retention actives = adopters.
    expect(early?.predicted).toBeCloseTo(bassCumulative(100, analogueParams), -2);
    expect(early?.error).toBeCloseTo((bassCumulative(100, analogueParams) - 50e6) / 50e6, 4);
    const meanAbs = result.points.reduce((s, p) => s + Math.abs(p.error), 0) / 3;
    expect(result.mape).toBeCloseTo(meanAbs, 9);
    expect(result.mape).toBeGreaterThan(0);
  });

  it('counts adopters that churned out of actives but not out of signups', () => {
    const half = new Float64Array(1000).fill(0.5);
    half[0] = 1;
    const result = backtest({
      analogue,
      baseline: 0,
      target,
      targetOffset: 0,
      retention: half,
      reported: [{ day: 300, value: 80e6, measure: 'MAU', scope: 'platform' }],
    });
    expect(result.points[0]?.predicted).toBeCloseTo(50e6, -5);
  });

  it('has no MAPE without reported points', () => {
    expect(
      backtest({ analogue, baseline: 0, target, targetOffset: 10, retention: keepAll, reported: [] }).mape,
    ).toBeNull();
  });

  it('checks any model given as curves: straight lines, worked by hand', () => {
    // Analogue 1,000 signups a day, target 100 a day from day 10; half of each day's signups stay active after it.
    const halfAfterDayOne = Float64Array.from({ length: 1000 }, (_, d) => (d === 0 ? 1 : 0.5));
    const result = backtest({
      analogue: (t) => 1000 * t,
      baseline: 500,
      target: (t) => 100 * t,
      targetOffset: 10,
      retention: halfAfterDayOne,
      reported: [
        { day: 20, value: 25_000, measure: 'registered', scope: 'platform' },
        { day: 15, value: 250, measure: 'MAU', scope: 'target' },
        { day: 4.5, value: 2000, measure: 'MAU', scope: 'platform' },
      ],
    });
    const [signups, targetMau, between] = result.points;
    // 500 before the launch + 20 × 1,000 + (20 − 10) × 100 = 21,500; (21,500 − 25,000) / 25,000 = −0.14.
    expect(signups?.predicted).toBeCloseTo(21_500, 9);
    expect(signups?.error).toBeCloseTo(-0.14, 12);
    // Day 15 of the target: day 15's 100 all active, days 11–14's 400 at half: 300; (300 − 250) / 250 = 0.2.
    expect(targetMau?.predicted).toBeCloseTo(300, 9);
    expect(targetMau?.error).toBeCloseTo(0.2, 12);
    // Day 4: 1,000 + 3 × 500 = 2,500; day 5: 1,000 + 4 × 500 = 3,000; day 4.5 halfway: 2,750, error 0.375.
    expect(between?.predicted).toBeCloseTo(2750, 9);
    expect(between?.error).toBeCloseTo(0.375, 12);
    expect(result.mape).toBeCloseTo((0.14 + 0.2 + 0.375) / 3, 12);
  });

  it('adds nothing of the target before its launch, whatever its curve says there', () => {
    const result = backtest({
      analogue: () => 0,
      baseline: 0,
      target: () => 7,
      targetOffset: 10,
      retention: keepAll,
      reported: [
        { day: 9, value: 10, measure: 'registered', scope: 'target' },
        { day: 10, value: 10, measure: 'registered', scope: 'target' },
      ],
    });
    expect(result.points.map((p) => p.predicted)).toEqual([0, 7]);
    expect(result.mape).toBeCloseTo((1 + 0.3) / 2, 12);
  });
});
