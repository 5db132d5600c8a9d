import { importDefaults, type DefaultFill } from '../ingest/import-defaults';
import type { ColumnMap } from '../ingest/mapping';
import type { DatasetSchema } from '../store/schemas';
import type { ShapeMatch } from './shape-definition';

/**
 * The columns of a shaped file's plan: what the shape computes (`derived`), what it takes
 * from a file column as it is (`mapped`), then the shape's own values and the import
 * defaults (platform from the file name, region global, ...) for the rest, each listed on
 * the card. `header` holds the normalised column names.
 */
export function shapedColumns(
  schema: DatasetSchema,
  match: ShapeMatch,
  header: readonly string[],
  fileName: string,
): { columns: ColumnMap[]; defaults: DefaultFill[] } {
  const taken = (column: string) => column in match.derived || column in match.mapped;
  const own = new Set(match.constants.map((c) => c.column));
  const defaults = [
    ...match.constants.filter((c) => !taken(c.column)),
    ...importDefaults(schema, header, fileName).filter((d) => !taken(d.column) && !own.has(d.column)),
  ];
  const columns = schema.columns.map((c): ColumnMap => {
    const derived = match.derived[c.name];
    if (derived !== undefined) return { column: c.name, source: null, type: c.type, derived };
    const mapped = match.mapped[c.name];
    if (mapped !== undefined) return { column: c.name, source: mapped, type: c.type };
    const fill = defaults.find((d) => d.column === c.name);
    if (fill && 'constant' in fill) return { column: c.name, source: null, type: c.type, constant: fill.constant };
    return { column: c.name, source: fill ? fill.source : null, type: c.type };
  });
  return { columns, defaults };
}
