import { describe, expect, it } from 'vitest';
import {
  activeUsers,
  quickRatio,
  recentQuickRatio,
  sumCounts,
} from '../../../../../src/features/retention/model/lifecycle';

const week = (n: number, r: number, s: number, d: number, complete = true) => ({
  new_users: n,
  returning_users: r,
  resurrecting_users: s,
  dormant_users: d,
  complete,
});

describe('growth accounting', () => {
  it('counts the active users of a week as new + returning + resurrecting', () => {
    expect(activeUsers(week(3, 5, 2, 9))).toBe(10);
  });

  it('gives the quick ratio as (new + resurrecting) / dormant', () => {
    expect(quickRatio(week(3, 5, 2, 4))).toBe(1.25);
    expect(quickRatio(week(0, 7, 1, 4))).toBe(0.25);
  });

  it('has no quick ratio when nobody went dormant', () => {
    expect(quickRatio(week(3, 0, 0, 0))).toBeNull();
  });

  it('sums the counts of several weeks', () => {
    expect(sumCounts([week(1, 2, 3, 4), week(10, 20, 30, 40)])).toEqual({
      new_users: 11,
      returning_users: 22,
      resurrecting_users: 33,
      dormant_users: 44,
    });
  });

  it('takes the recent ratio over the last four complete weeks, skipping a partial last week', () => {
    const rows = [
      week(100, 0, 0, 1),
      week(1, 0, 1, 2),
      week(2, 0, 0, 2),
      week(0, 0, 2, 4),
      week(3, 0, 0, 1),
      week(50, 0, 0, 0, false),
    ];
    const { periods, ratio } = recentQuickRatio(rows, 'week');
    // The four complete weeks before the partial one: gained 2 + 2 + 2 + 3 = 9, lost 2 + 2 + 4 + 1 = 9.
    expect(periods).toEqual(rows.slice(1, 5));
    expect(ratio).toBe(1);
  });

  it('takes the last complete month alone, and the last 28 complete days', () => {
    const months = [week(4, 0, 0, 1), week(1, 0, 1, 4), week(9, 0, 0, 0, false)];
    // The one complete month before the partial one: gained 1 + 1 = 2, lost 4.
    expect(recentQuickRatio(months, 'month')).toEqual({ periods: [months[1]], ratio: 0.5 });
    // 30 complete days each gaining 1 and losing 1 except the first two (lost 0): 28 days, 28 ÷ 28.
    const days = [week(5, 0, 0, 0), week(5, 0, 0, 0), ...Array.from({ length: 28 }, () => week(1, 0, 0, 1))];
    const recent = recentQuickRatio([...days, week(3, 0, 0, 0, false)], 'day');
    expect(recent.periods).toEqual(days.slice(2));
    expect(recent.ratio).toBe(1);
  });
});
