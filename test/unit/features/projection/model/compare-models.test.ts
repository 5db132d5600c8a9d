import { describe, expect, it } from 'vitest';
import { compareModels, TRUST } from '../../../../../src/features/projection/model/compare-models';
import { HORIZONS } from '../../../../../src/features/projection/model/rolling-origin';

const LAUNCH = Date.parse('2023-07-05');
// Threads' company-reported MAU (data/signups.csv, basis "company"), by days since the launch.
const THREADS_MAU = (
  [
    ['2023-10-25', 100e6],
    ['2024-02-01', 130e6],
    ['2024-04-24', 150e6],
    ['2024-07-03', 175e6],
    ['2024-08-01', 200e6],
    ['2024-10-30', 275e6],
    ['2024-12-16', 300e6],
    ['2025-01-29', 320e6],
    ['2025-04-30', 350e6],
    ['2025-08-12', 400e6],
  ] as const
).map(([d, y]) => ({ t: (Date.parse(d) - LAUNCH) / 86_400_000, y }));

describe('compareModels', () => {
  it('lists the MAU models and both baselines, and picks the lowest MASE at 6 months', () => {
    compareModels(THREADS_MAU, 'MAU'); // warm the JIT, as a control change in the app would find it
    const started = performance.now();
    const result = compareModels(THREADS_MAU, 'MAU');
    const ms = performance.now() - started;
    expect(result.rows.map((r) => r.forecaster.id)).toEqual(['logistic', 'gompertz', 'two-phase', 'naive', 'linear']);
    const mase6 = result.rows.map((r) => r.evaluation.byHorizon[6].mase!);
    const best = result.rows.find((r) => r.forecaster.id === result.best)!;
    for (const m of mase6) expect(best.evaluation.byHorizon[6].mase).toBeLessThanOrEqual(m);
    for (const r of result.rows) expect(r.fit, r.forecaster.id).not.toBeNull();
    // Reported, not asserted: the README quotes these.
    console.log(
      `compareModels, Threads global MAU (${THREADS_MAU.length} figures): ${ms.toFixed(0)} ms for fit + rolling evaluation of all models`,
    );
    for (const r of result.rows) {
      const h = HORIZONS.map((k) => `MASE ${k}m ${r.evaluation.byHorizon[k].mase?.toFixed(2) ?? '—'}`).join(', ');
      console.log(
        `  ${r.forecaster.label}: ${h}; coverage ${((r.evaluation.overall.coverage ?? NaN) * 100).toFixed(0)}% of ${r.evaluation.overall.banded}`,
      );
    }
    console.log(
      `  beats naive (MASE < ${TRUST.maxMase} at ${TRUST.horizon}m, coverage ≥ ${TRUST.minCoverage * 100}%): ${result.trusted.join(', ') || 'none'}`,
    );
  });

  it('offers Bass only for cumulative signups', () => {
    const signups = [1, 2, 3, 4, 5, 6].map((t) => ({ t, y: 1e6 * (1 - Math.exp(-0.5 * t)) }));
    expect(compareModels(signups, 'registered').rows.map((r) => r.forecaster.id)).toEqual([
      'bass',
      'logistic',
      'gompertz',
      'two-phase',
      'naive',
      'linear',
    ]);
  });

  it('names a trusted model only when it beats the naive scale with enough band coverage', () => {
    // A straight line with a little alternating noise: the linear trend forecasts it almost exactly.
    const line = Array.from({ length: 14 }, (_, i) => ({
      t: 30 * (i + 1),
      y: 1e6 + 1e4 * 30 * (i + 1) + (i % 2 === 0 ? 2e4 : -2e4),
    }));
    const result = compareModels(line, 'MAU');
    expect(result.trusted).toContain('linear');
    expect(result.trusted).not.toContain('naive');
  });
});
