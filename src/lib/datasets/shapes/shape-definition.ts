import type { SqlValue } from '../../sql/params';
import type { ParamList } from '../../sql/params';
import type { DefaultFill } from '../ingest/import-defaults';
import type { DatasetKind, DatasetSchema } from '../store/schemas';
import type { ImportShape } from './shape-types';

/** What a shape detector found in a file's header and first rows. */
export interface ShapeMatch<S extends ImportShape = ImportShape> {
  readonly kind: DatasetKind;
  readonly shape: S;
  /** Schema columns the shape computes, each with what from (the mapping table and the card say it). */
  readonly derived: Readonly<Record<string, string>>;
  /** Schema columns taken from a file column as they are (platform, region, ...): column → field index. */
  readonly mapped: Readonly<Record<string, number>>;
  /** Values for every row the shape implies, beyond the import defaults (a wide series' metric, say). */
  readonly constants: readonly DefaultFill[];
  /** What the card should say about how the file is read. */
  readonly notes: readonly string[];
}

/** What a shape's SQL reads: the staged text table and how the plan fills the columns the shape does not compute. */
export interface ReshapeInput {
  readonly schema: DatasetSchema;
  /** The staged table: fields `c0…cN` as VARCHAR, `rowid` the staged row (file line order). */
  readonly staging: string;
  /** SQL for a schema column the shape does not compute: its file column converted, its one value, or NULL. */
  readonly column: (name: string) => string;
  /** Whether `column(name)` reads a file column; otherwise it is one value (or NULL) for every row. */
  readonly fromFile: (name: string) => boolean;
  /** Bound values: `params.add(v)` gives the placeholder. */
  readonly params: ParamList;
  /** A fresh name for a scratch table the shape creates in `before` (dropped afterwards). */
  readonly scratch: (label: string) => string;
  /** Today (ISO day), for "not yet observable" cells. */
  readonly today: string;
}

/** The statements a shape needs: scratch tables first, then one SELECT of its rows. */
export interface ShapeSql {
  /** Statements run first, in order (each with its own bound values), typically scratch tables. */
  readonly before: readonly { readonly sql: string; readonly params: readonly SqlValue[] }[];
  /**
   * One SELECT (over `input.staging` and any scratch tables) with, in any order: `__src`
   * (the staged rowid the row came from: problems are reported at its file line), every
   * schema column by name and type, `__problem_column` and `__problem` (a reason, NULL when
   * the row is fine). Its values are bound through `input.params`.
   */
  readonly select: string;
  /**
   * Optional: a SELECT over the reshaped table (given as SQL; schema columns as `c0…cK`
   * in schema order) returning rows with one text column `note`, what the card says about
   * what was derived ("412 users have no signup column: their first activity day is their
   * signup day").
   */
  readonly summary?: (table: string) => string;
}

/** One shape: how it is recognised and how its rows become rows of its kind. */
export interface ShapeDefinition<S extends ImportShape = ImportShape> {
  readonly kind: S['kind'];
  /**
   * Recognise the shape from the header (as written) and the first data rows; null when it
   * is not this shape. `preamble` holds the lines above the table (a tool's title and
   * filter blocks, `CsvDialect.skip`), which may say how the table was computed;
   * `decimal` the file's decimal mark (`CsvDialect.decimal`), how its numbers are written.
   */
  readonly detect: (
    header: readonly string[],
    body: readonly string[][],
    fileName: string,
    preamble?: readonly string[],
    decimal?: '.' | ',',
  ) => ShapeMatch<S> | null;
  readonly sql: (shape: S, input: ReshapeInput) => ShapeSql;
}
