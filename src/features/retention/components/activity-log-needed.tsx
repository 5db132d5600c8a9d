const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * What a panel over activity logs says about the platforms in view that have none: which
 * ones, why a cohort table cannot answer (`why`: "Lifecycle follows each user from week to
 * week"), and how to import a log.
 */
export function activityLogNeeded(why: string, platforms: readonly string[]): string {
  const who = platforms.length === 1 ? `${platforms[0]} has` : `${LIST.format(platforms)} have`;
  return `${who} no activity log here, only cohort counts. ${why}, so it needs a log with one row per user and active day (columns user_id, signup_date, activity_date; platform and region optional): import one in Data → Import CSV.`;
}

/** The note naming the platforms in view a panel cannot show, and why; nothing when there are none. */
export function ActivityLogNeeded({ why, platforms }: { why: string; platforms: readonly string[] }) {
  if (platforms.length === 0) return null;
  return (
    <p className="activity-log-needed" role="note">
      {activityLogNeeded(why, platforms)}
    </p>
  );
}
