import { describe, expect, it } from 'vitest';
import type { RetentionCurveRow } from '../../../../../src/features/retention/api/retention-curves';
import { curveFiguresOnDay, curveTooltipFigures } from '../../../../../src/features/retention/model/curve-day-figures';

const row = (
  platform: string,
  day: number,
  users: number,
  active: number | null,
  modelled = true,
): RetentionCurveRow => ({
  platform,
  day_offset: day,
  cohort_users: users,
  active,
  rate: active === null ? null : active / users,
  modelled,
});

const ROWS = [
  row('Threads', 7, 100, 25),
  row('Threads', 30, 80, 16),
  row('Pixelfed', 7, 1_000, 500, false),
  row('Mastodon', 7, 50, null),
];

describe('curveFiguresOnDay', () => {
  it("gives each platform's share, its 95% Wilson interval and its cohort users, in the order asked", () => {
    const [pixelfed, threads] = curveFiguresOnDay(ROWS, ['Pixelfed', 'Threads'], 7);
    expect(pixelfed?.platform).toBe('Pixelfed');
    expect(pixelfed?.rate).toBe(0.5);
    expect(pixelfed?.users).toBe(1_000);
    expect(pixelfed?.modelled).toBe(false);
    // Wilson, by hand: p = 0.5, n = 1000, z = 1.96 → centre 0.5, half-width ≈ 0.03093, /1.00384 ≈ 0.46907…0.53093.
    expect(pixelfed?.interval?.low).toBeCloseTo(0.4691, 3);
    expect(pixelfed?.interval?.high).toBeCloseTo(0.5309, 3);
    // p = 0.25, n = 100: Wilson gives 0.1754–0.3430.
    expect(threads?.rate).toBe(0.25);
    expect(threads?.interval?.low).toBeCloseTo(0.1754, 3);
    expect(threads?.interval?.high).toBeCloseTo(0.343, 3);
    expect(threads?.modelled).toBe(true);
  });

  it('leaves out a platform with no observed figure that day', () => {
    expect(curveFiguresOnDay(ROWS, ['Threads', 'Pixelfed', 'Mastodon'], 30).map((f) => f.platform)).toEqual([
      'Threads',
    ]);
    // Mastodon's unbounded count is unknown on day 7: no figure rather than 0%.
    expect(curveFiguresOnDay(ROWS, ['Mastodon'], 7)).toEqual([]);
    expect(curveFiguresOnDay(ROWS, ['Threads'], 8)).toEqual([]);
  });
});

describe('curveTooltipFigures', () => {
  const curves = [
    {
      platform: 'Threads',
      modelled: true,
      extrapolation: [
        { day: 30, fit: 0.2, low: 0.18, high: 0.22 },
        { day: 32, fit: 0.19, low: 0.17, high: 0.21 },
        { day: 34, fit: 0.18, low: 0.16, high: 0.2 },
      ],
    },
    { platform: 'Pixelfed', modelled: false, extrapolation: [] },
  ];

  it('gives the observed figure where there is one', () => {
    const [threads, pixelfed] = curveTooltipFigures(ROWS, curves, 7);
    expect(threads).toMatchObject({ platform: 'Threads', rate: 0.25, users: 100, fitted: false });
    expect(pixelfed).toMatchObject({ platform: 'Pixelfed', rate: 0.5, users: 1_000, fitted: false });
  });

  it('past the observed days, the nearest fitted point with its band, marked fitted and modelled', () => {
    // Day 33 lies between the points drawn at 32 and 34 (step 2): 32 is taken, the first within a half step.
    expect(curveTooltipFigures(ROWS, curves, 33)).toEqual([
      {
        platform: 'Threads',
        rate: 0.19,
        interval: { low: 0.17, high: 0.21 },
        users: null,
        fitted: true,
        modelled: true,
      },
    ]);
    // Beyond the fit's last point by more than half a step: nothing to show.
    expect(curveTooltipFigures(ROWS, curves, 40)).toEqual([]);
  });
});
