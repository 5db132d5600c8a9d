/**
 * One declarative schema per dataset kind: the columns, their DuckDB types, which are
 * required, what they mean and in what unit. The bundled CSVs load with exactly these
 * columns (no sniffing), and imports are validated against the same declarations.
 */

export type DuckType = 'VARCHAR' | 'DATE' | 'DOUBLE' | 'BIGINT' | 'INTEGER' | 'BOOLEAN';

export interface ColumnSpec {
  readonly name: string;
  readonly type: DuckType;
  readonly required: boolean;
  readonly description: string;
  readonly unit?: string;
  /** The value an import gets in this optional column when nothing in the file maps to it. */
  readonly fallback?: string;
}

export type DatasetKind = 'signups' | 'launches' | 'expectations' | 'retention' | 'events';

/**
 * A check on values that parse but cannot be right. Every DATE column is also checked
 * to lie between 2006-01-01 (before any platform here) and today.
 */
export type DomainRule =
  | { readonly kind: 'non-negative'; readonly column: string }
  | { readonly kind: 'not-greater'; readonly column: string; readonly than: string }
  /** At least one of the columns has a value in every row (checked for bundled files too, as required columns are). */
  | { readonly kind: 'any-of'; readonly columns: readonly string[] };

export interface DatasetSchema {
  readonly kind: DatasetKind;
  /** The live view the rows appear in (each dataset has a table of its own behind it). */
  readonly table: string;
  readonly title: string;
  readonly columns: readonly ColumnSpec[];
  /** Columns that identify a row; two rows with the same key are duplicates. */
  readonly key: readonly string[];
  readonly rules: readonly DomainRule[];
}

/** A non-negative rule for each named column. */
export const nonNegative = (...columns: string[]): DomainRule[] =>
  columns.map((column) => ({ kind: 'non-negative', column }));

/** One column spec. */
export const col = (name: string, type: DuckType, required: boolean, description: string, unit?: string): ColumnSpec =>
  unit === undefined ? { name, type, required, description } : { name, type, required, description, unit };
