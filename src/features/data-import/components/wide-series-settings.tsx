import type { WideSeriesShape } from '../../../lib/datasets/shapes/shape-types';
import type { ShapeSettingsProps } from './shape-settings';

/** Being written. */
export function WideSeriesSettings({ plan }: ShapeSettingsProps<WideSeriesShape>) {
  return <p role="status">Read as {plan.kind}.</p>;
}
