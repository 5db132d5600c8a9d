import { describe, expect, it } from 'vitest';
import type { RetentionCurveRow } from '../../../../../src/features/retention/api/retention-curves';
import { dayFigures } from '../../../../../src/features/retention/model/day-comparison';

const row = (platform: string, day_offset: number, active: number, cohort_users: number): RetentionCurveRow => ({
  platform,
  day_offset,
  active,
  cohort_users,
  rate: active / cohort_users,
  modelled: true,
});

describe("the curves' day table", () => {
  const rows = [
    row('A', 1, 50, 100),
    row('A', 7, 6, 20),
    row('A', 30, 0, 10),
    row('B', 1, 30, 100),
    row('B', 7, 5, 20),
  ];

  it('reads each compared day up to the last one shown, with its Wilson interval', () => {
    const a = dayFigures(rows, 30, '').get('A')!;
    expect(a.map((f) => [f.day, f.rate])).toEqual([
      [1, 0.5],
      [7, 0.3],
      [30, 0],
    ]);
    // 0 of 10: the published 0–0.2775.
    expect(a[2]?.interval?.high).toBeCloseTo(0.2775, 4);
    expect(a.every((f) => f.comparison === null)).toBe(true);
    expect(
      dayFigures(rows, 7, '')
        .get('A')
        ?.map((f) => f.day),
    ).toEqual([1, 7]);
  });

  it('tests each day against the baseline where both have it', () => {
    const a = dayFigures(rows, 90, 'B').get('A')!;
    // 50/100 against 30/100: z = 2.887, beyond noise; 6/20 against 5/20: z = 0.354, within noise.
    expect(a[0]?.comparison?.z).toBeCloseTo(2.887, 3);
    expect(a[0]?.comparison?.withinNoise).toBe(false);
    expect(a[1]?.comparison?.withinNoise).toBe(true);
    expect(a[2]?.comparison).toBeNull();
    expect(
      dayFigures(rows, 90, 'B')
        .get('B')
        ?.every((f) => f.comparison === null),
    ).toBe(true);
  });
});
