import type { RetentionExportShape } from '../../../lib/datasets/shapes/shape-types';
import type { ShapeSettingsProps } from './shape-settings';

/** Being written. */
export function RetentionExportSettings({ plan }: ShapeSettingsProps<RetentionExportShape>) {
  return <p role="status">Read as {plan.kind}.</p>;
}
