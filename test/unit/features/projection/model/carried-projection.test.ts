import { describe, expect, it } from 'vitest';
import { LINEAR_TREND, NAIVE } from '../../../../../src/features/projection/model/baselines';
import { bassCumulative } from '../../../../../src/features/projection/model/bass';
import { carryToTarget, figuresProjection } from '../../../../../src/features/projection/model/carried-projection';
import { growthForecaster } from '../../../../../src/features/projection/model/fit-growth';
import type { Forecaster } from '../../../../../src/features/projection/model/forecast';
import { GROWTH_MODELS } from '../../../../../src/features/projection/model/growth-models';
import type { ProjectionRow } from '../../../../../src/features/projection/model/project';

const H = 365;
const keepAll = new Float64Array(H + 1).fill(1);
/** Everyone active on their signup day, half of them on every later day. */
const keepHalf = Float64Array.from({ length: H + 1 }, (_, d) => (d === 0 ? 1 : 0.5));
const line = [1, 2, 3, 4].map((t) => ({ t, y: 10 * t }));

describe('carryToTarget', () => {
  it('scales the fitted curve so day 365 is the market: y = 10t with f(365) = 3650 and a market of 7300 gives 20 a day', () => {
    const rows = carryToTarget(LINEAR_TREND, { points: line, market: 7300, retention: keepAll, horizonDays: H });
    expect(rows).toHaveLength(H + 1);
    expect(rows[0]!.signups).toBeCloseTo(0, 9);
    expect(rows[30]!.signups).toBeCloseTo(600, 9);
    expect(rows[365]!.signups).toBeCloseTo(7300, 9);
    // Retention 1 keeps everyone: actives equal signups. A perfect line has no residual, so no band width.
    expect(rows[30]!.actives).toBeCloseTo(600, 9);
    expect([rows[30]!.signupsLow, rows[30]!.signupsHigh]).toEqual([rows[30]!.signups, rows[30]!.signups]);
  });

  it('keeps each day’s new signups by the retention curve', () => {
    const rows = carryToTarget(LINEAR_TREND, { points: line, market: 7300, retention: keepHalf, horizonDays: H });
    // 20 join on each of days 1..30: the 20 of day 30 all active, the 29 × 20 before at half: 20 + 290.
    expect(rows[30]!.actives).toBeCloseTo(310, 9);
  });

  it('carries the 80% band by the same factor, floored at zero', () => {
    // Naive: last value 40 from t = 3; σ² per day = ((30 − 10)² / 1 + (40 − 30)² / 1) / 2 = 250.
    const points = [
      { t: 1, y: 10 },
      { t: 2, y: 30 },
      { t: 3, y: 40 },
    ];
    const rows = carryToTarget(NAIVE, { points, market: 400, retention: keepAll, horizonDays: H });
    const half = 1.2815515655446004 * Math.sqrt(250 * 27);
    expect(rows[30]!.signups).toBeCloseTo(400, 9);
    expect(rows[30]!.signupsHigh).toBeCloseTo(10 * (40 + half), 6);
    // 40 − 105.3 is below zero: the low edge is drawn at 0.
    expect(rows[30]!.signupsLow).toBe(0);
    expect(rows[30]!.activesLow).toBeLessThanOrEqual(rows[30]!.actives);
    expect(rows[30]!.activesHigh).toBeGreaterThanOrEqual(rows[30]!.actives);
  });

  it('brings every growth model to the market on day 365 from a Bass launch series', () => {
    const bass = { p: 0.05, q: 1.8, m: 1e8 };
    const points = [0.5, 1, 1.5, 2, 3, 5].map((t) => ({ t, y: bassCumulative(t, bass) }));
    for (const model of GROWTH_MODELS) {
      const rows = carryToTarget(growthForecaster(model), {
        points,
        market: 22e6,
        retention: keepAll,
        horizonDays: H,
      });
      expect(rows[365]!.signups / 22e6, model.id).toBeCloseTo(1, 9);
      expect(rows.every((r) => r.signupsLow <= r.signups && r.signups <= r.signupsHigh)).toBe(true);
    }
  });

  it('says what is wrong with the market', () => {
    expect(() => carryToTarget(LINEAR_TREND, { points: line, market: 0, retention: keepAll, horizonDays: H })).toThrow(
      /target market must be a positive number, got 0/,
    );
  });
});

describe('figuresProjection', () => {
  const bassRows: ProjectionRow[] = [
    { day: 0, signupsLow: 0, signups: 0, signupsHigh: 0, activesLow: 0, actives: 0, activesHigh: 0 },
  ];
  const bassAnalogue = { p: 0.02, q: 1.8, m: 100e6 };
  const bassTarget = { p: 0.02, q: 1.8, m: 26e6 };
  const bassProjection = { rows: bassRows, analogue: bassAnalogue, target: bassTarget };
  const input = { points: line, market: 7300, retention: keepAll, horizonDays: H };
  const failing: Forecaster = {
    id: 'broken',
    label: 'Broken',
    formula: '',
    kind: 'model',
    fit: () => {
      throw new Error('no convergence');
    },
  };

  it('is the Bass projection itself when Bass is chosen', () => {
    const bass = growthForecaster(GROWTH_MODELS[0]!);
    const shown = figuresProjection(bass, bassProjection, input);
    expect(shown).toMatchObject({ id: 'bass', label: 'Bass', fallback: null });
    expect(shown.rows).toBe(bassRows);
    // Its curves are the fitted analogue and the target's Bass, for the chart and the backtest.
    expect(shown.analogue(5)).toBe(bassCumulative(5, bassAnalogue));
    expect(shown.target(400)).toBe(bassCumulative(400, bassTarget));
  });

  it('carries any other chosen model and names it', () => {
    const shown = figuresProjection(LINEAR_TREND, bassProjection, input);
    expect(shown).toMatchObject({ id: 'linear', label: 'Linear trend', fallback: null });
    expect(shown.rows[30]!.signups).toBeCloseTo(600, 9);
    // The line y = 10t as fitted to the analogue, and carried ×2 (7,300 / 3,650), past the horizon too.
    expect(shown.analogue(30)).toBeCloseTo(300, 9);
    expect(shown.target(30)).toBeCloseTo(600, 9);
    expect(shown.target(500)).toBeCloseTo(10_000, 9);
  });

  it('follows Bass, and says why, when p and q are set by hand or by a scenario preset', () => {
    const shown = figuresProjection(LINEAR_TREND, bassProjection, input, true);
    expect(shown).toMatchObject({ id: 'bass', label: 'Bass', rows: bassRows });
    expect(shown.fallback).toBe(
      'p and q are set by hand, and they are Bass coefficients: Linear trend, the chosen model, has none',
    );
    // Bass chosen: the projection made with them, nothing to explain.
    expect(figuresProjection(growthForecaster(GROWTH_MODELS[0]!), bassProjection, input, true).fallback).toBeNull();
  });

  it('falls back to Bass and says why when the chosen model cannot be fitted, or none is chosen', () => {
    const broken = figuresProjection(failing, bassProjection, input);
    expect(broken).toMatchObject({ id: 'bass', rows: bassRows });
    expect(broken.fallback).toBe('Broken, the chosen model, cannot be fitted to the launch figures (no convergence)');
    expect(figuresProjection(null, bassProjection, input).fallback).toMatch(/no model was chosen/);
  });
});
