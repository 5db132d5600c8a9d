import Papa from 'papaparse';
import type { CsvDialect } from '../detect/dialect';
import { SCHEMAS, type DatasetKind, type DatasetSchema, type DuckType } from '../store/schemas';
import { importDefaults } from './import-defaults';

/**
 * Where one schema column comes from: a source column (0-based) read as `type`, one value
 * for every row (`constant`, with `source` null), or nowhere.
 */
export interface ColumnMap {
  readonly column: string;
  readonly source: number | null;
  /** The type the source column is read as; the schema's type unless overridden. */
  readonly type: DuckType;
  /** One value for every row, when the file has no column for it. */
  readonly constant?: string;
  /** Computed by the file's shape (an activity log's signup day, say): what from, as the card says it. */
  readonly derived?: string;
}

/** Whether a column gets a value at all: a source column, a constant that is not blank, or the shape. */
export const isFilled = (map: ColumnMap): boolean =>
  map.source !== null || map.derived !== undefined || (map.constant !== undefined && map.constant.trim() !== '');

/** Types a source column may be read as before it is converted to the schema's type. */
export const READ_TYPES: readonly DuckType[] = ['VARCHAR', 'DATE', 'DOUBLE', 'BIGINT', 'INTEGER', 'BOOLEAN'];

/** The first rows of a file as the dialect reads them. */
export function previewRows(text: string, dialect: CsvDialect, rows = 20): string[][] {
  const parsed = Papa.parse<string[]>(text, {
    preview: rows + (dialect.header ? 1 : 0),
    delimiter: dialect.delimiter,
    quoteChar: dialect.quote,
    skipEmptyLines: true,
    skipFirstNLines: dialect.skip ?? 0,
  });
  return parsed.data;
}

/** Names of the source columns: the header's, or "column 1…n" without one; blanks get a placeholder. */
export function sourceColumns(first: readonly string[], header: boolean): string[] {
  return first.map((name, i) => (header && name.trim() !== '' ? name.trim() : `column ${i + 1}`));
}

/** A header name as matched against schema columns: lower case, spaces and dashes as `_`. */
export const normal = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** How well a header fits a kind: which required columns are missing, which names are extra. */
export interface KindMatch {
  readonly kind: DatasetKind;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  /** Required columns the file lacks that an import default fills. */
  readonly defaulted: number;
}

function matchKind(schema: DatasetSchema, header: readonly string[]): KindMatch {
  const names = new Set(header.map(normal));
  const known = new Set(schema.columns.map((c) => c.name));
  const defaults = importDefaults(schema, header.map(normal), 'file.csv');
  const filled = new Map(defaults.map((d) => [d.column, d]));
  const absent = schema.columns.filter((c) => c.required && !names.has(c.name));
  const used = new Set(defaults.flatMap((d) => ('source' in d ? [d.source] : [])));
  return {
    kind: schema.kind,
    missing: absent.filter((c) => !filled.has(c.name)).map((c) => c.name),
    extra: header.filter((h, i) => !known.has(normal(h)) && !used.has(i)),
    defaulted: absent.filter((c) => filled.has(c.name)).length,
  };
}

/**
 * The kind whose columns the header names, or null. A kind is recognised only when
 * every required column is present or filled by an import default (platform from the
 * file name, region global, ...: `importDefaults`); otherwise the closest kind is
 * returned as `closest` so the mapping step can start from it.
 */
export function recogniseKind(header: readonly string[]): { recognised: KindMatch | null; closest: KindMatch } {
  const matches = Object.values(SCHEMAS).map((s) => matchKind(s, header));
  const fits = (m: KindMatch) => header.length - m.extra.length;
  // Recognised: no required column missing (fewest extras wins). Closest: most names in common.
  // Among complete kinds, the one needing fewest defaults, then fewest extras.
  const complete = matches
    .filter((m) => m.missing.length === 0)
    .sort((a, b) => a.defaulted - b.defaulted || a.extra.length - b.extra.length);
  // On a tie the first kind in SCHEMAS wins: signups, the most common import.
  const closest = [...matches].sort((a, b) => fits(b) - fits(a))[0] as KindMatch;
  const recognised = complete[0] ?? null;
  return { recognised, closest: recognised ?? closest };
}

/**
 * Map each schema column to the first source column with its name (case and spacing
 * ignored); with a header, what the file lacks gets its import default (`importDefaults`).
 */
export function autoMap(
  schema: DatasetSchema,
  header: readonly string[],
  hasHeader: boolean,
  fileName = 'import.csv',
): ColumnMap[] {
  const names = header.map(normal);
  const defaults = new Map(hasHeader ? importDefaults(schema, names, fileName).map((d) => [d.column, d]) : []);
  return schema.columns.map((c, i) => {
    const found = hasHeader ? names.indexOf(c.name) : i < header.length ? i : -1;
    if (found !== -1) return { column: c.name, source: found, type: c.type };
    const fill = defaults.get(c.name);
    if (fill && 'constant' in fill) return { column: c.name, source: null, type: c.type, constant: fill.constant };
    return { column: c.name, source: fill ? fill.source : null, type: c.type };
  });
}

/** Header names that appear twice, or are blank: each mapped by position, and said so. */
export function headerNotes(header: readonly string[]): string[] {
  const notes: string[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name.trim() === '') {
      notes.push(
        `Column ${i + 1} has no name in the header; it is shown as "column ${i + 1}" and is only imported if you map it.`,
      );
      return;
    }
    const key = normal(name);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      notes.push(
        `Columns ${first + 1} and ${i + 1} are both named "${name.trim()}"; column ${first + 1} is used. Map the other one explicitly if it is the one you want.`,
      );
  });
  return notes;
}
