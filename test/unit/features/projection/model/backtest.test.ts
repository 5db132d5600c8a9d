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
  const analogue = { p: 0.02, q: 1.8, m: 100e6 };
  const target = { p: 0.02, q: 1.8, m: 26e6 };
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
    expect(signups?.predicted).toBeCloseTo(5e6 + bassCumulative(200, analogue) + bassCumulative(38, target), -2);
    expect(targetMau?.predicted).toBeCloseTo(bassCumulative(38, target), -2);
    // Before the target launch only the analogue counts; with full retention actives = adopters.
    expect(early?.predicted).toBeCloseTo(bassCumulative(100, analogue), -2);
    expect(early?.error).toBeCloseTo((bassCumulative(100, analogue) - 50e6) / 50e6, 4);
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
});
