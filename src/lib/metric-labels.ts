/**
 * Readable names for the metric codes the data uses. Charts, legends and tooltips show
 * these; the code itself stays in the data table and in exports, where it is what a
 * reader filters on.
 */
export const METRIC_LABELS: Readonly<Record<string, string>> = {
  signups_cumulative: 'Cumulative signups',
  registered_accounts: 'Registered accounts',
  MAU: 'Monthly active users',
  MAU_estimate: 'Monthly active users (third-party estimate)',
  MAU_EU: 'EU monthly active recipients (DSA Art. 24(2))',
  DAU: 'Daily active users',
  DAU_estimate: 'Daily active users (third-party estimate)',
  DAU_android_estimate: 'Daily active users, Android only (third-party estimate)',
  DAU_mobile_estimate: 'Daily active users, mobile apps (third-party estimate)',
  mDAU: "Monetizable daily active users (Twitter's mDAU)",
  downloads_cumulative: 'Cumulative downloads',
  signups_per_day: 'Signups per day',
  new_signups_period: 'New signups over a period',
  users_estimate: 'Users (third-party estimate)',
  active_90d_accounts: 'Accounts active in the last 90 days',
  DAU_decline_vs_peak: 'Fall in daily active users from the peak (fraction)',
  share_of_week1_signups_not_retained: 'Share of first-week signups not retained (fraction)',
};

/** The readable name of a metric code; an unknown (imported) code is shown as it is. */
export function metricLabel(code: string): string {
  return Object.hasOwn(METRIC_LABELS, code) ? (METRIC_LABELS[code] as string) : code;
}
