import type { ActivityLogShape } from '../../../lib/datasets/shapes/shape-types';
import type { ShapeSettingsProps } from './shape-settings';

/** Being written. */
export function ActivityLogSettings({ plan }: ShapeSettingsProps<ActivityLogShape>) {
  return <p role="status">Read as {plan.kind}.</p>;
}
