import { describe, expect, it } from 'vitest';
import type { RetentionCurveRow } from '../../../../../src/features/retention/api/retention-curves';
import { dayFigures } from '../../../../../src/features/retention/model/day-comparison';
import { relativeCurves } from '../../../../../src/features/retention/model/relative-curves';

const row = (platform: string, day_offset: number, active: number | null, cohort_users: number): RetentionCurveRow => ({
  platform,
  day_offset,
  active,
  cohort_users,
  rate: active === null ? null : active / cohort_users,
  modelled: platform === 'A',
});

describe('curves drawn relative to a baseline', () => {
  const rows = [
    row('A', 0, 100, 100),
    row('A', 1, 50, 100),
    row('A', 7, 6, 20),
    row('A', 30, 0, 10),
    row('B', 0, 100, 100),
    row('B', 1, 30, 100),
    row('B', 7, 5, 20),
    row('B', 30, null, 10),
    row('C', 1, 40, 80),
  ];

  it('draws every other platform as the difference in points from day 1 on days both observed', () => {
    const [a, c] = relativeCurves(rows, ['A', 'B', 'C'], 'B', 'difference');
    expect(a?.platform).toBe('A');
    expect(a?.modelled).toBe(true);
    // Day 0 is 100% for both by definition; day 30 has no known count for B.
    expect(a?.points.map((p) => p.day)).toEqual([1, 7]);
    // 50/100 − 30/100 = 0.2; Newcombe: Wilson 0.4038–0.5962 and 0.2189–0.3958 give 0.0642 to 0.3258.
    expect(a?.points[0]?.value).toBeCloseTo(0.2, 12);
    expect(a?.points[0]?.interval?.low).toBeCloseTo(0.0642, 4);
    expect(a?.points[0]?.interval?.high).toBeCloseTo(0.3258, 4);
    expect([a?.points[0]?.rate, a?.points[0]?.baseRate]).toEqual([0.5, 0.3]);
    // 6/20 − 5/20 = 0.05, its interval −0.2178 to 0.3089 spans 0.
    expect(a?.points[1]?.value).toBeCloseTo(0.05, 12);
    expect(a?.points[1]?.interval?.low).toBeCloseTo(-0.2178, 4);
    expect(a?.points[1]?.interval?.high).toBeCloseTo(0.3089, 4);
    // 40/80 − 30/100.
    expect(c?.points.map((p) => [p.day, p.value])).toEqual([[1, 0.5 - 0.3]]);
    expect(c?.modelled).toBe(false);
  });

  it('draws the ratio, with its MOVER-R interval', () => {
    const [a] = relativeCurves(rows, ['A', 'B'], 'B', 'ratio');
    // 0.5 ÷ 0.3 = 1.667; by the same Wilson limits, 1.1734 to 2.3868.
    expect(a?.points[0]?.value).toBeCloseTo(5 / 3, 12);
    expect(a?.points[0]?.interval?.low).toBeCloseTo(1.1734, 4);
    expect(a?.points[0]?.interval?.high).toBeCloseTo(2.3868, 4);
    expect(a?.points[1]?.value).toBeCloseTo(1.2, 12);
  });

  it('leaves out a ratio to a day the baseline retained nobody, and draws nothing without the baseline', () => {
    const zero = [row('A', 1, 5, 10), row('B', 1, 0, 10), row('A', 2, 5, 10), row('B', 2, 2, 10)];
    expect(relativeCurves(zero, ['A', 'B'], 'B', 'ratio')[0]?.points.map((p) => p.day)).toEqual([2]);
    expect(relativeCurves(zero, ['A', 'B'], 'B', 'difference')[0]?.points.map((p) => p.day)).toEqual([1, 2]);
    expect(relativeCurves(rows, ['A', 'B'], 'Z', 'difference')).toEqual([]);
  });

  it('gives the day table the same figure as the curve, under the chosen measure', () => {
    const ratio = dayFigures(rows, 90, 'B', 'ratio').get('A')!;
    expect(ratio[0]?.relative?.value).toBeCloseTo(5 / 3, 12);
    expect(ratio[0]?.relative?.interval?.low).toBeCloseTo(1.1734, 4);
    const difference = dayFigures(rows, 90, 'B').get('A')!;
    expect(difference[0]?.relative?.value).toBeCloseTo(0.2, 12);
    expect(difference[0]?.relative?.interval).toEqual(difference[0]?.comparison?.interval);
    expect(difference[2]?.relative).toBeNull();
    expect(
      dayFigures(rows, 90, '')
        .get('A')!
        .every((f) => f.relative === null),
    ).toBe(true);
  });
});
