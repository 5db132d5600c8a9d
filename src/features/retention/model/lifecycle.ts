/** The periods growth accounting can follow users by: calendar days, weeks (Monday to Sunday) or months. */
export const LIFECYCLE_GRAINS = ['day', 'week', 'month'] as const;
export type LifecycleGrain = (typeof LIFECYCLE_GRAINS)[number];

/** The counts growth accounting needs of one period (a week's row, or several summed). */
export interface LifecycleCounts {
  readonly new_users: number;
  readonly returning_users: number;
  readonly resurrecting_users: number;
  readonly dormant_users: number;
}

/** Users active in the period: every one of them is new, returning or resurrecting. */
export function activeUsers(c: LifecycleCounts): number {
  return c.new_users + c.returning_users + c.resurrecting_users;
}

/**
 * The quick ratio, (new + resurrecting) ÷ dormant: users gained per user lost. Above 1
 * the active base grows. Null when nobody went dormant, where the ratio has no value
 * (rather than an infinity a table or a CSV would show as a number).
 */
export function quickRatio(c: LifecycleCounts): number | null {
  return c.dormant_users === 0 ? null : (c.new_users + c.resurrecting_users) / c.dormant_users;
}

/** The counts of several periods added up, for a ratio over a span rather than one week. */
export function sumCounts(rows: readonly LifecycleCounts[]): LifecycleCounts {
  return rows.reduce<LifecycleCounts>(
    (sum, r) => ({
      new_users: sum.new_users + r.new_users,
      returning_users: sum.returning_users + r.returning_users,
      resurrecting_users: sum.resurrecting_users + r.resurrecting_users,
      dormant_users: sum.dormant_users + r.dormant_users,
    }),
    { new_users: 0, returning_users: 0, resurrecting_users: 0, dormant_users: 0 },
  );
}

/**
 * Periods the headline quick ratio spans: about a month of complete periods, steadier than
 * any one day or week (a month is already one).
 */
export const RECENT_PERIODS: Readonly<Record<LifecycleGrain, number>> = { day: 28, week: 4, month: 1 };

/**
 * The quick ratio over the last RECENT_PERIODS complete periods of rows in period order (a
 * partial last period would count its dormant users against only part of its activity).
 */
export function recentQuickRatio<R extends LifecycleCounts & { readonly complete: boolean }>(
  rows: readonly R[],
  grain: LifecycleGrain,
): { readonly periods: readonly R[]; readonly ratio: number | null } {
  const periods = rows.filter((r) => r.complete).slice(-RECENT_PERIODS[grain]);
  return { periods, ratio: quickRatio(sumCounts(periods)) };
}
