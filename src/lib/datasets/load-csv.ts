import { ident, literal } from '../sql/ident';
import type { Db } from '../db/types';
import { CsvLoadError, type CsvProblem } from './csv-load-error';
import { checkHeader, readHeader } from './check-header';
import { createLiveTableSql, readCsvSql } from './read-csv-sql';
import type { DatasetSchema } from './schemas';

export interface LoadCsvRequest {
  readonly schema: DatasetSchema;
  /** The name shown in errors and used to register the bytes. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Tags every row, so a dataset can be listed and removed later. */
  readonly datasetId: string;
}

const MAX_PROBLEMS = 50;

interface RejectRow {
  line: number;
  column_name: string | null;
  error_message: string;
}

/**
 * Load one CSV into its live table, all or nothing: the header is checked, DuckDB reads
 * the rows with the declared types into a staging table and collects rejected rows, the
 * required columns are checked, and only a clean file is appended, in one transaction.
 * On any problem a `CsvLoadError` names the file, line and column, and the live table is
 * exactly as it was.
 */
export async function loadCsv(db: Db, request: LoadCsvRequest): Promise<number> {
  const { schema, fileName, bytes, datasetId } = request;
  const headerProblems = checkHeader(readHeader(bytes), schema);
  if (headerProblems.length > 0) throw new CsvLoadError(fileName, headerProblems);

  const token = `${schema.table}_${Math.random().toString(36).slice(2, 10)}`;
  const registered = `${token}.csv`;
  const staging = `staging_${token}`;
  const rejects = { scan: `rejects_scan_${token}`, errors: `rejects_errors_${token}` };
  await db.registerFile(registered, bytes);
  try {
    return await db.transaction(async (tx) => {
      await tx.exec(createLiveTableSql(schema));
      await tx.exec(
        `CREATE TEMP TABLE ${ident(staging)} AS SELECT row_number() OVER () + 1 AS __line, * FROM ${readCsvSql(schema, { file: registered, rejects })}`,
      );
      const rejected = await tx.query<RejectRow>(
        `SELECT line, column_name, error_message FROM ${ident(rejects.errors)} ORDER BY line LIMIT ${MAX_PROBLEMS}`,
      );
      const problems: CsvProblem[] = rejected.map((r) => ({
        line: r.line,
        column: r.column_name,
        reason: r.error_message,
      }));
      problems.push(...(await missingRequired(tx, schema, staging)));
      if (problems.length > 0) {
        problems.sort((a, b) => a.line - b.line);
        throw new CsvLoadError(fileName, problems.slice(0, MAX_PROBLEMS));
      }
      const columns = schema.columns.map((c) => ident(c.name)).join(', ');
      await tx.exec(
        `INSERT INTO ${ident(schema.table)} (${columns}, ${ident('dataset_id')}) SELECT ${columns}, ? FROM ${ident(staging)}`,
        [datasetId],
      );
      const [{ n }] = (await tx.query<{ n: number }>(`SELECT count(*) AS n FROM ${ident(staging)}`)) as [{ n: number }];
      await tx.exec(`DROP TABLE ${ident(staging)}`);
      await tx.exec(`DROP TABLE IF EXISTS ${ident(rejects.errors)}`);
      await tx.exec(`DROP TABLE IF EXISTS ${ident(rejects.scan)}`);
      return n;
    });
  } finally {
    await db.dropFile(registered);
  }
}

/** Rows whose required fields are empty. Line numbers assume no quoted line breaks before them. */
async function missingRequired(db: Db, schema: DatasetSchema, staging: string): Promise<CsvProblem[]> {
  const required = schema.columns.filter((c) => c.required);
  if (required.length === 0) return [];
  const checks = required.map(
    (c) => `SELECT __line AS line, ${literal(c.name)} AS column_name FROM ${ident(staging)} WHERE ${ident(c.name)} IS NULL`,
  );
  const rows = await db.query<{ line: number; column_name: string }>(
    `${checks.join(' UNION ALL ')} ORDER BY line LIMIT ${MAX_PROBLEMS}`,
  );
  return rows.map((r) => ({ line: r.line, column: r.column_name, reason: `required value "${r.column_name}" is empty` }));
}
