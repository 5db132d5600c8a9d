import type { ShapeDefinition } from './shape-definition';
import type { ActivityLogShape } from './shape-types';

/** Being written: recognises nothing yet. */
export const ACTIVITY_LOG: ShapeDefinition<ActivityLogShape> = {
  kind: 'activity-log',
  detect: () => null,
  sql: () => {
    throw new Error('activity-log: not written yet');
  },
};
