import type { ShapeDefinition } from './shape-definition';
import type { WideSeriesShape } from './shape-types';

/** Being written: recognises nothing yet. */
export const WIDE_SERIES: ShapeDefinition<WideSeriesShape> = {
  kind: 'wide-series',
  detect: () => null,
  sql: () => {
    throw new Error('wide-series: not written yet');
  },
};
