import type { CsvDialect } from '../detect/dialect';
import { preambleLines } from '../detect/detect-dialect';
import { importDefaults, type DefaultFill } from './import-defaults';
import { autoMap, headerNotes, normal, previewRows, recogniseKind, sourceColumns, type ColumnMap } from './mapping';
import { SCHEMAS, type DatasetKind, type DatasetSchema } from '../store/schemas';
import { looksLikePeriods, PERIOD_RULE } from './period-date';
import { detectShape } from '../shapes/shape-registry';
import { shapedColumns } from '../shapes/shaped-plan';
import { COLUMNS_SHAPE, type ImportShape } from '../shapes/shape-types';

/** How a file will be read and where each column goes; every field can be changed in the UI. */
export interface ImportPlan {
  readonly kind: DatasetKind;
  readonly dialect: CsvDialect;
  readonly columns: readonly ColumnMap[];
  /** The source columns' names (header, or "column n"). */
  readonly sourceNames: readonly string[];
  /** The header matched a kind without mapping. */
  readonly recognised: boolean;
  /** Things worth saying about the header (duplicate, blank or extra columns). */
  readonly notes: readonly string[];
  /** What the plan filled in for columns the file lacks, and why (the card lists them). */
  readonly defaults: readonly DefaultFill[];
  /** How rows become rows of the kind: column for column, or reshaped (an activity log, a wide table). */
  readonly shape: ImportShape;
}

/**
 * Plan an import of `text` (the file's start) with a dialect and, optionally, a chosen
 * kind. `fileName` feeds the defaults (platform = the name without extension, source).
 * `shapes: false` reads the file column for column even when it has a shape (the user
 * maps its columns themselves).
 */
export function planImport(
  text: string,
  dialect: CsvDialect,
  kind?: DatasetKind,
  fileName = 'import.csv',
  options: { readonly shapes?: boolean } = {},
): ImportPlan {
  const first = previewRows(text, { ...dialect, header: false }, 1)[0] ?? [];
  const names = sourceColumns(first, dialect.header);
  const body = previewRows(text, dialect, 20).slice(dialect.header ? 1 : 0);
  const match =
    dialect.header && options.shapes !== false
      ? detectShape(first, body, fileName, kind, preambleLines(text, dialect), dialect.decimal)
      : null;
  if (match) {
    const { columns, defaults } = shapedColumns(SCHEMAS[match.kind], match, first.map(normal), fileName);
    const notes = [...headerNotes(first), ...match.notes];
    return {
      kind: match.kind,
      dialect,
      columns,
      sourceNames: names,
      recognised: true,
      notes,
      defaults,
      shape: match.shape,
    };
  }
  const { recognised, closest } = recogniseKind(dialect.header ? first : []);
  const chosen = kind ?? recognised?.kind ?? closest.kind;
  const schema = SCHEMAS[chosen];
  const columns = readPeriodsAsText(
    schema,
    autoMap(schema, dialect.header ? first : names, dialect.header, fileName),
    body,
  );
  const defaults = dialect.header ? importDefaults(schema, first.map(normal), fileName) : [];
  const used = new Set(columns.map((c) => c.source));
  const extra = names.filter((_, i) => !used.has(i));
  const notes = dialect.header ? headerNotes(first) : [];
  const periods = columns.filter(
    (c, i) => c.type !== schema.columns[i]?.type && c.type === 'VARCHAR' && c.source !== null,
  );
  if (periods.length > 0)
    notes.push(`Dates in ${periods.map((c) => `"${names[c.source ?? 0] ?? ''}"`).join(', ')}: ${PERIOD_RULE}.`);
  if (extra.length > 0)
    notes.push(
      `Not imported (no schema column maps to ${extra.length > 1 ? 'them' : 'it'}): ${extra.map((e) => `"${e}"`).join(', ')}.`,
    );
  return {
    kind: chosen,
    dialect,
    columns,
    sourceNames: names,
    recognised: recognised !== null && recognised.kind === chosen,
    notes,
    defaults,
    shape: COLUMNS_SHAPE,
  };
}

/** A DATE column whose preview values are all period labels ("2024-Q1") is read as text and dated by its period. */
function readPeriodsAsText(schema: DatasetSchema, columns: ColumnMap[], body: readonly string[][]): ColumnMap[] {
  return columns.map((c, i) => {
    const periods =
      schema.columns[i]?.type === 'DATE' &&
      c.source !== null &&
      looksLikePeriods(body.map((row) => row[c.source ?? 0] ?? ''));
    return periods ? { ...c, type: 'VARCHAR' } : c;
  });
}
