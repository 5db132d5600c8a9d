import { ident, literal } from '../sql/ident';
import type { DatasetSchema } from './schemas';

export interface ReadCsvOptions {
  /** Name of the registered file. */
  readonly file: string;
  readonly delimiter?: string;
  readonly quote?: string;
  readonly dateFormat?: string;
  /** Table names for DuckDB's reject tables; when given, bad rows are collected there instead of failing. */
  readonly rejects?: { readonly scan: string; readonly errors: string };
}

/**
 * `read_csv(...)` with the schema's declared columns and an explicit dialect, so DuckDB
 * does not sniff: a file that does not match the declaration fails loudly instead of
 * being read some other way.
 */
export function readCsvSql(schema: DatasetSchema, options: ReadCsvOptions): string {
  const columns = schema.columns.map((c) => `${literal(c.name)}: ${literal(c.type)}`).join(', ');
  const args = [
    literal(options.file),
    'header = true',
    `delim = ${literal(options.delimiter ?? ',')}`,
    `quote = ${literal(options.quote ?? '"')}`,
    `escape = ${literal(options.quote ?? '"')}`,
    `columns = {${columns}}`,
    // Keep rows in file order so row numbers map back to lines.
    'parallel = false',
  ];
  if (options.dateFormat) args.push(`dateformat = ${literal(options.dateFormat)}`);
  if (options.rejects) {
    args.push(
      'store_rejects = true',
      `rejects_scan = ${literal(options.rejects.scan)}`,
      `rejects_table = ${literal(options.rejects.errors)}`,
    );
  }
  return `read_csv(${args.join(', ')})`;
}

/** `CREATE TABLE` for a live table: the schema's columns plus the dataset each row came from. */
export function createLiveTableSql(schema: DatasetSchema): string {
  const columns = schema.columns.map((c) => `${ident(c.name)} ${c.type}`);
  columns.push(`${ident('dataset_id')} VARCHAR NOT NULL`);
  return `CREATE TABLE IF NOT EXISTS ${ident(schema.table)} (${columns.join(', ')})`;
}
