import { detectActivityLog } from './activity-log-detect';
import { activityLogSql } from './activity-log-sql';
import type { ShapeDefinition } from './shape-definition';
import type { ActivityLogShape } from './shape-types';

/**
 * Activity logs (`user_id,event,timestamp` and the like) → `events`: each counted action
 * becomes an active day in the chosen time zone, with the user's signup day from the file
 * or derived from their first activity or signup event.
 */
export const ACTIVITY_LOG: ShapeDefinition<ActivityLogShape> = {
  kind: 'activity-log',
  detect: (header, body) => detectActivityLog(header, body),
  sql: (shape, input) => activityLogSql(shape, input),
};
