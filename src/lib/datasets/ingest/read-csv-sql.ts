import { literal } from '../../sql/ident';
import { DATE_FORMATS, DEFAULT_DIALECT, type CsvDialect } from '../detect/dialect';
import type { DuckType } from '../store/schemas';

export interface ReadCsvOptions {
  /** Name of the registered file. */
  readonly file: string;
  /** Every field of a line, in file order, with the type it is read as. */
  readonly columns: readonly { readonly name: string; readonly type: DuckType }[];
  readonly dialect?: CsvDialect;
  /** Table names for DuckDB's reject tables; when given, bad rows are collected there instead of failing. */
  readonly rejects?: { readonly scan: string; readonly errors: string };
}

/**
 * `read_csv(...)` with declared columns and an explicit dialect, so DuckDB does not
 * sniff: a file that does not match the declaration fails loudly instead of being read
 * some other way.
 */
export function readCsvSql(options: ReadCsvOptions): string {
  const dialect = options.dialect ?? DEFAULT_DIALECT;
  const columns = options.columns.map((c) => `${literal(c.name)}: ${literal(c.type)}`).join(', ');
  const args = [
    literal(options.file),
    ...(dialect.skip ? [`skip = ${Math.max(0, Math.floor(dialect.skip))}`] : []),
    `header = ${dialect.header}`,
    `delim = ${literal(dialect.delimiter)}`,
    `quote = ${literal(dialect.quote)}`,
    `escape = ${literal(dialect.quote)}`,
    `decimal_separator = ${literal(dialect.decimal)}`,
    ...(dialect.thousands ? [`thousands = ${literal(dialect.thousands)}`] : []),
    `dateformat = ${literal(DATE_FORMATS[dialect.dateFormat].strptime)}`,
    `encoding = ${literal(dialect.encoding)}`,
    // Rows keep file order without `parallel = false` (DuckDB's preserve_insertion_order
    // is on by default), so a staged row's position still maps back to its line, and the
    // read stays as fast as a bare one (docs/performance.md).
    `columns = {${columns}}`,
  ];
  if (options.rejects) {
    args.push(
      'store_rejects = true',
      `rejects_scan = ${literal(options.rejects.scan)}`,
      `rejects_table = ${literal(options.rejects.errors)}`,
    );
  }
  return `read_csv(${args.join(', ')})`;
}
