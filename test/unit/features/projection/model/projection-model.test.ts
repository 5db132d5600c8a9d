import { describe, expect, it } from 'vitest';
import { bassCumulative } from '../../../../../src/features/projection/model/bass';
import { bootstrapBass } from '../../../../../src/features/projection/model/bootstrap';
import { fitBass } from '../../../../../src/features/projection/model/fit-bass';
import { toFitPoints } from '../../../../../src/features/projection/model/launch-series';
import {
  fitAndProject,
  fitAnalogue,
  projectLaunch,
  resolveRetention,
} from '../../../../../src/features/projection/model/launch-projection';
import { projectTarget } from '../../../../../src/features/projection/model/project';
import {
  activeUsers,
  retentionFromChurn,
  retentionFromPoints,
} from '../../../../../src/features/projection/model/retention';
import { seededRandom } from '../../../../../src/features/projection/model/prng';

/** Threads' launch-week signup milestones (data/signups.csv), by days since 2023-07-05. */
const THREADS_WEEK = [
  { days: 0, value: 2e6 },
  { days: 0, value: 5e6 },
  { days: 1, value: 10e6 },
  { days: 1, value: 30e6 },
  { days: 2, value: 70e6 },
  { days: 5, value: 100e6 },
];

describe('toFitPoints', () => {
  it('spreads same-day figures through the day, the last at its end, and subtracts the baseline', () => {
    expect(toFitPoints(THREADS_WEEK)).toEqual([
      { t: 0.5, y: 2e6 },
      { t: 1, y: 5e6 },
      { t: 1.5, y: 10e6 },
      { t: 2, y: 30e6 },
      { t: 3, y: 70e6 },
      { t: 6, y: 100e6 },
    ]);
    expect(
      toFitPoints(
        [
          { days: -3, value: 1 },
          { days: 2, value: 5 },
          { days: 2, value: 4 },
        ],
        3,
      ),
    ).toEqual([
      { t: 2.5, y: 1 },
      { t: 3, y: 2 },
    ]);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    xs.forEach((x) => expect(x >= 0 && x < 1).toBe(true));
  });
});

describe('bootstrapBass', () => {
  const fit = fitBass(toFitPoints(THREADS_WEEK));

  it('is deterministic for a seed', () => {
    expect(bootstrapBass(fit, { samples: 30, seed: 5 })).toEqual(bootstrapBass(fit, { samples: 30, seed: 5 }));
    expect(bootstrapBass(fit, { samples: 30, seed: 6 })).not.toEqual(bootstrapBass(fit, { samples: 30, seed: 5 }));
  });

  it('scatters around the fit when there are residuals, and collapses onto it when there are none', () => {
    const samples = bootstrapBass(fit, { samples: 100 });
    const ms = samples.map((s) => s.m).sort((a, b) => a - b);
    expect(ms[0]).toBeLessThan(fit.params.m);
    expect(ms[ms.length - 1]).toBeGreaterThan(fit.params.m);
    const exact = fitBass([1, 2, 3, 4, 6, 9].map((t) => ({ t, y: bassCumulative(t, { p: 0.05, q: 0.6, m: 500 }) })));
    const flat = bootstrapBass({ ...exact, residuals: exact.residuals.map(() => 0) }, { samples: 5 });
    expect(flat).toEqual(Array(5).fill(exact.params));
  });

  it('rejects a bad sample count', () => {
    expect(() => bootstrapBass(fit, { samples: 0 })).toThrow(/positive whole number/);
  });
});

describe('retention', () => {
  it('interpolates cohort points, starts at 1 and holds the last share', () => {
    const curve = retentionFromPoints(
      [
        { day: 1, share: 0.4 },
        { day: 7, share: 0.1 },
      ],
      10,
    );
    expect(curve[0]).toBe(1);
    expect(curve[1]).toBeCloseTo(0.4);
    expect(curve[4]).toBeCloseTo(0.25);
    expect(curve[7]).toBeCloseTo(0.1);
    expect(curve[10]).toBeCloseTo(0.1);
  });

  it('turns month-one churn into a curve that reaches 1 − churn on day 30 and stays', () => {
    const curve = retentionFromChurn(0.8, 60);
    expect(curve[0]).toBe(1);
    expect(curve[15]).toBeCloseTo(Math.sqrt(0.2));
    expect(curve[30]).toBeCloseTo(0.2);
    expect(curve[60]).toBeCloseTo(0.2);
  });

  it.each([
    [() => retentionFromPoints([{ day: 3, share: 1.5 }], 5), /between 0 and 1/],
    [() => retentionFromPoints([], 5), /at least one point/],
    [() => retentionFromChurn(1, 5), /below 100%/],
    [() => retentionFromChurn(Number.NaN, 5), /below 100%/],
  ])('rejects bad retention input (%#)', (make, message) => {
    expect(make).toThrow(message);
  });

  it('convolves new adopters with the retention curve', () => {
    // 100 join on day 1 and 50 on day 2; half of a cohort is left one day later.
    const actives = activeUsers([0, 100, 150, 150], [1, 0.5, 0.5, 0.5]);
    expect(Array.from(actives)).toEqual([0, 100, 100, 75]);
  });

  it('prefers a churn override to the data, and the data to the fallback', () => {
    expect(resolveRetention([{ day: 30, share: 0.3 }], 0.9, 60).source).toBe('override');
    expect(resolveRetention([{ day: 30, share: 0.3 }], 0.9, 60).monthOneChurn).toBeCloseTo(0.9);
    expect(resolveRetention([{ day: 30, share: 0.3 }], null, 60).monthOneChurn).toBeCloseTo(0.7);
    expect(resolveRetention([], null, 60)).toMatchObject({
      source: 'fallback',
      monthOneChurn: expect.closeTo(0.5) as unknown,
    });
  });
});

describe('projectTarget', () => {
  const analogue = fitAnalogue({ figures: THREADS_WEEK, samples: 80 });
  const retention = retentionFromChurn(0.6, 365);

  it('keeps low ≤ base ≤ high on every day, for signups and actives', () => {
    const { rows } = projectTarget({
      fitted: analogue.fit.params,
      samples: analogue.samples,
      market: 26e6,
      retention,
      horizonDays: 365,
    });
    expect(rows).toHaveLength(366);
    for (const r of rows) {
      expect(r.signupsLow).toBeLessThanOrEqual(r.signups);
      expect(r.signups).toBeLessThanOrEqual(r.signupsHigh);
      expect(r.activesLow).toBeLessThanOrEqual(r.actives);
      expect(r.actives).toBeLessThanOrEqual(r.activesHigh);
      expect(r.actives).toBeLessThanOrEqual(r.signups + 1e-6);
    }
    // The band is not degenerate: the fit has residuals.
    expect((rows[365]?.signupsHigh ?? 0) - (rows[365]?.signupsLow ?? 0)).toBeGreaterThan(0);
  });

  it('follows Bass(p, q, m_target) from the target launch, and scales with the market', () => {
    const { params, rows } = projectTarget({
      fitted: analogue.fit.params,
      samples: analogue.samples,
      market: 26e6,
      retention,
      horizonDays: 90,
    });
    expect(params).toEqual({ p: analogue.fit.params.p, q: analogue.fit.params.q, m: 26e6 });
    expect(rows[0]?.signups).toBe(0);
    expect(rows[3]?.signups).toBeCloseTo(bassCumulative(3, params), 3);
    expect(rows[90]?.signups).toBeCloseTo(26e6, -3);
    // Retained share on day 90 is 40%, and nearly everyone signed up in the first week.
    expect((rows[90]?.actives ?? 0) / 26e6).toBeCloseTo(0.4, 2);
    const doubled = projectTarget({
      fitted: analogue.fit.params,
      samples: analogue.samples,
      market: 52e6,
      retention,
      horizonDays: 90,
    });
    expect(doubled.rows[90]?.signups).toBeCloseTo(2 * (rows[90]?.signups ?? 0), 0);
  });

  it('uses p and q overrides', () => {
    const { params, rows } = projectTarget({
      fitted: analogue.fit.params,
      samples: analogue.samples,
      market: 1e6,
      p: 0.001,
      q: 0.02,
      retention,
      horizonDays: 365,
    });
    expect(params).toEqual({ p: 0.001, q: 0.02, m: 1e6 });
    expect(rows[30]?.signups).toBeCloseTo(bassCumulative(30, params), 3);
  });

  it.each([
    [{ market: 0 }, /target market .* must be a positive number, got 0/],
    [{ market: Number.NaN }, /target market .* must be a positive number, got NaN/],
    [{ market: 1e6, p: -1 }, /p must be a positive number/],
    [{ market: 1e6, q: 0 }, /q must be a positive number/],
  ])('rejects bad target inputs with a message (%#)', (bad, message) => {
    expect(() =>
      projectTarget({ fitted: analogue.fit.params, samples: analogue.samples, retention, horizonDays: 30, ...bad }),
    ).toThrow(message);
  });
});

describe('fitAndProject', () => {
  it('fits only figures before the cutoff', () => {
    const early = fitAnalogue({ figures: THREADS_WEEK, cutoffDay: 3, samples: 10 });
    expect(early.used).toBe(5);
    expect(() => fitAnalogue({ figures: THREADS_WEEK, cutoffDay: 1, samples: 10 })).toThrow(/At least 4 points/);
  });

  it('projects the Threads EU default with the fallback churn and never returns NaN', () => {
    const result = fitAndProject({ figures: THREADS_WEEK, samples: 50 }, { market: 448e6 * 0.0578, retention: null });
    expect(result.retention.source).toBe('fallback');
    for (const row of result.rows) for (const v of Object.values(row)) expect(Number.isFinite(v)).toBe(true);
    const year = result.rows[365];
    expect(year?.signups).toBeCloseTo(448e6 * 0.0578, -4);
    expect(year?.actives).toBeCloseTo(448e6 * 0.0578 * 0.5, -5);
  });

  it('projecting again with another market does not refit', () => {
    const fitted = fitAnalogue({ figures: THREADS_WEEK, samples: 20 });
    const a = projectLaunch(fitted, { market: 10e6, retention: null });
    const b = projectLaunch(fitted, { market: 20e6, retention: null, churn: 0.9 });
    expect(b.rows[365]?.signups).toBeCloseTo(2 * (a.rows[365]?.signups ?? 0), 0);
    expect(b.retention.source).toBe('override');
    expect(b.rows[365]?.actives).toBeCloseTo(20e6 * 0.1, -4);
  });
});
