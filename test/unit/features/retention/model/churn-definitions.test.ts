import { describe, expect, it } from 'vitest';
import type { ChurnDefinitionsRow } from '../../../../../src/features/retention/api/churn-definitions';
import type { ReportedChurnRow } from '../../../../../src/features/retention/api/reported-churn';
import {
  churnFigure,
  claimsOf,
  compareFigures,
  definitionOfClaim,
} from '../../../../../src/features/retention/model/churn-definitions';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const row = (over: Partial<ChurnDefinitionsRow>) =>
  ({
    platform: 'A',
    launch_start: day('2024-01-01'),
    launch_end: day('2024-01-07'),
    as_of: day('2024-03-01'),
    cohort_users: 10,
    nday_active: 5,
    unbounded_active: 10,
    bracket_low_active: 2,
    bracket_high_active: 3,
    share_active: 0,
    dau_peak: 20,
    dau_at_day: 5,
    nday_churn: 0.5,
    unbounded_churn: 0,
    bracket_churn_low: 0.7,
    bracket_churn_high: 0.8,
    dau_decline: 0.75,
    share_not_active: 1,
    modelled: false,
    ...over,
  }) as ChurnDefinitionsRow;

describe('month-one churn figures', () => {
  it('gives shares of users with their Wilson interval', () => {
    const nday = churnFigure(row({}), 'nday');
    expect(nday.kind).toBe('share');
    if (nday.kind !== 'share') return;
    // 5 of 10 churned: the published 0.2366–0.7634.
    expect([nday.value, nday.churned, nday.users]).toEqual([0.5, 5, 10]);
    expect(nday.interval?.low).toBeCloseTo(0.2366, 4);
    // Everyone came back (0 of 10 churned): 0–0.2775; nobody active on the day: 0.7225–1.
    const unbounded = churnFigure(row({}), 'unbounded');
    expect(unbounded.kind === 'share' ? unbounded.interval?.high : null).toBeCloseTo(0.2775, 4);
    const firstWeek = churnFigure(row({}), 'first-week-share');
    expect(firstWeek.kind === 'share' ? firstWeek.interval?.low : null).toBeCloseTo(0.7225, 4);
  });

  it('keeps a bracket as bounds unless they meet, and the DAU decline as a ratio', () => {
    expect(churnFigure(row({}), 'bracket')).toEqual({ kind: 'bounds', low: 0.7, high: 0.8 });
    expect(churnFigure(row({ bracket_high_active: 2 }), 'bracket').kind).toBe('share');
    expect(churnFigure(row({ bracket_high_active: null }), 'bracket')).toEqual({ kind: 'bounds', low: 0, high: 0.8 });
    expect(churnFigure(row({}), 'dau-decline')).toEqual({ kind: 'ratio', value: 0.75, peak: 20, atDay: 5 });
    expect(churnFigure(row({ dau_decline: null }), 'dau-decline').kind).toBe('unobservable');
    expect(churnFigure(row({ nday_active: null }), 'nday').kind).toBe('unobservable');
  });

  it('compares shares with the two-proportion test and nothing else', () => {
    const a = churnFigure(row({ cohort_users: 100, nday_active: 50 }), 'nday');
    const b = churnFigure(row({ cohort_users: 100, nday_active: 70 }), 'nday');
    // 50/100 against 30/100 churned: z = 2.887, beyond noise.
    expect(compareFigures(a, b)?.z).toBeCloseTo(2.887, 3);
    expect(compareFigures(a, b)?.withinNoise).toBe(false);
    expect(compareFigures(churnFigure(row({}), 'bracket'), a)).toBeNull();
    expect(compareFigures(churnFigure(row({}), 'dau-decline'), a)).toBeNull();
  });
});

describe('published claims', () => {
  const claim = (metric: string, date: string, value: number): ReportedChurnRow => ({
    platform: 'Threads',
    date: day(date),
    metric,
    value,
    coverage: 'global',
    source: 's',
    note: null,
  });

  it('go in the row of the definition they used', () => {
    expect(definitionOfClaim('DAU_decline_vs_peak')).toBe('dau-decline');
    expect(definitionOfClaim('MAU_decline_vs_peak')).toBe('dau-decline');
    expect(definitionOfClaim('share_of_week1_signups_not_retained')).toBe('first-week-share');
    expect(definitionOfClaim('MAU')).toBeNull();
    const reported = [
      claim('DAU_decline_vs_peak', '2023-08-07', 0.79),
      claim('share_of_week1_signups_not_retained', '2023-07-27', 0.5),
      claim('DAU_decline_vs_peak', '2023-07-31', 0.82),
    ];
    expect(claimsOf('dau-decline', reported).map((c) => c.value)).toEqual([0.82, 0.79]);
    expect(claimsOf('first-week-share', reported).map((c) => c.value)).toEqual([0.5]);
    expect(claimsOf('nday', reported)).toEqual([]);
  });
});
