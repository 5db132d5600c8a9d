import type { DatasetKind } from '../store/schemas';
import { ACTIVITY_LOG } from './activity-log';
import { RETENTION_EXPORT } from './retention-export';
import type { ShapeDefinition, ShapeMatch } from './shape-definition';
import type { ImportShape } from './shape-types';
import { WIDE_SERIES } from './wide-series';

type Shaped = Exclude<ImportShape, { kind: 'columns' }>;

/** Every shape, in the order detection tries them (the most specific header first). */
const DEFINITIONS: { readonly [K in Shaped['kind']]: ShapeDefinition<Extract<Shaped, { kind: K }>> } = {
  'retention-export': RETENTION_EXPORT,
  'activity-log': ACTIVITY_LOG,
  'wide-series': WIDE_SERIES,
};

/** The definition of a shape. */
export function definitionOf<S extends Shaped>(shape: S): ShapeDefinition<S> {
  return DEFINITIONS[shape.kind] as unknown as ShapeDefinition<S>;
}

/**
 * The first shape whose detector recognises the file (restricted to `kind` when the user
 * chose one), or null: the file is then read column for column. `decimal` is the file's
 * decimal mark (its dialect's).
 */
export function detectShape(
  header: readonly string[],
  body: readonly string[][],
  fileName: string,
  kind?: DatasetKind,
  preamble: readonly string[] = [],
  decimal: '.' | ',' = '.',
): ShapeMatch | null {
  for (const definition of Object.values(DEFINITIONS) as ShapeDefinition[]) {
    const match = definition.detect(header, body, fileName, preamble, decimal);
    if (match && (kind === undefined || match.kind === kind)) return match;
  }
  return null;
}
