import type { ShapeDefinition } from './shape-definition';
import type { RetentionExportShape } from './shape-types';

/** Being written: recognises nothing yet. */
export const RETENTION_EXPORT: ShapeDefinition<RetentionExportShape> = {
  kind: 'retention-export',
  detect: () => null,
  sql: () => {
    throw new Error('retention-export: not written yet');
  },
};
