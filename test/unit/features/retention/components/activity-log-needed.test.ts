import { describe, expect, it } from 'vitest';
import { activityLogNeeded } from '../../../../../src/features/retention/components/activity-log-needed';

describe('what an activity-log panel says about platforms without a log', () => {
  it('names one platform, says why and how to import a log', () => {
    expect(activityLogNeeded('Lifecycle follows each user from week to week', ['Pixelfed'])).toBe(
      'Pixelfed has no activity log here, only cohort counts. Lifecycle follows each user from week to week, so it needs a log with one row per user and active day (columns user_id, signup_date, activity_date; platform and region optional): import one in Data → Import CSV.',
    );
  });

  it('lists several platforms in running text', () => {
    expect(activityLogNeeded('Why', ['Pixelfed', 'Lemmy', 'Tumblr'])).toMatch(
      /^Pixelfed, Lemmy, and Tumblr have no activity log here/,
    );
  });
});
