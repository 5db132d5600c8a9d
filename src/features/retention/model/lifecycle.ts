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

/** Weeks the headline quick ratio spans: a month of complete weeks, steadier than any one week. */
export const RECENT_WEEKS = 4;

/**
 * The quick ratio over the last RECENT_WEEKS complete weeks of rows in week order (a
 * partial last week would count its dormant users against only part of its activity).
 */
export function recentQuickRatio<R extends LifecycleCounts & { readonly complete: boolean }>(
  rows: readonly R[],
): { readonly weeks: readonly R[]; readonly ratio: number | null } {
  const weeks = rows.filter((r) => r.complete).slice(-RECENT_WEEKS);
  return { weeks, ratio: quickRatio(sumCounts(weeks)) };
}
