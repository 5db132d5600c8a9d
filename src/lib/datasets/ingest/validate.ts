import { literal } from '../../sql/ident';
import type { Db } from '../../db/types';
import type { CsvProblem } from './csv-load-error';
import { stagedTable, stagingTable, type StagedCsv } from './stage';
import { isFilled, type ColumnMap } from './mapping';
import { rejectReason, type RejectRow } from './reject-reasons';
import { duplicateChecks, rowChecks, type ValidateOptions } from './validate-checks';

/** What validation found in a staged file. */
export interface Validation {
  /** The first problems, in line order, each with line, column and reason. */
  readonly problems: readonly CsvProblem[];
  /** Lines that cannot be imported: rejected by the reader, or staged with a problem. */
  readonly badRows: number;
  /** Rows that would be imported by "import the valid rows". */
  readonly validRows: number;
  /** Why nothing at all can be imported, or null. */
  readonly blocking: string | null;
}

/** Rejected lines as problems, with their column's schema name and a reason that says what to do. */
async function rejectedProblems(db: Db, staged: StagedCsv, limit: number): Promise<CsvProblem[]> {
  const rows = await db.query<RejectRow & { column_idx: number | null }>(
    `SELECT line, column_name, error_type, error_message FROM ${stagedTable(staged, staged.names.rejects.errors)}
     QUALIFY row_number() OVER (PARTITION BY line, error_type ORDER BY column_idx) = 1
     ORDER BY line, column_idx LIMIT ${Math.max(0, Math.floor(limit))}`,
  );
  const { columns } = staged.request;
  return rows.map((r) => {
    const index = r.column_name && /^c\d+$/.test(r.column_name) ? Number(r.column_name.slice(1)) : null;
    const mapped = index === null ? undefined : columns.find((c) => c.source === index);
    // A reshaped file's rejected lines are in the file's own columns, not the schema's.
    const named = staged.reshaped && index !== null ? staged.reshaped.sourceNames[index] : mapped?.column;
    const column =
      r.error_type === 'TOO MANY COLUMNS' || r.error_type === 'MISSING COLUMNS' ? null : (named ?? r.column_name);
    return { line: r.line, column, reason: rejectReason(r, staged.request.dialect) };
  });
}

/** The first problems, rejected lines and staged rows together, each at its file line. */
async function locateProblems(db: Db, staged: StagedCsv, limit: number): Promise<CsvProblem[]> {
  const { names } = staged;
  // Staged row i is on line i + first + (rejected lines before it): see the thresholds table.
  await db.exec(
    `CREATE OR REPLACE TABLE ${stagedTable(staged, names.thresholds)} AS
     SELECT th, max(n) AS n FROM (
       SELECT line - ${staged.firstDataLine} - (row_number() OVER (ORDER BY line) - 1) AS th, row_number() OVER (ORDER BY line) AS n
       FROM (SELECT DISTINCT line FROM ${stagedTable(staged, names.rejects.errors)})) GROUP BY th`,
  );
  // A reshaped row is located by the staged row it came from (`__src`), not its own position.
  const problems = staged.reshaped
    ? `SELECT s.__src AS row_id, p.column_name, p.reason FROM ${stagedTable(staged, names.problems)} p JOIN ${stagingTable(staged)} s ON s.rowid = p.row_id`
    : `SELECT * FROM ${stagedTable(staged, names.problems)}`;
  const located = await db.query<{ line: number; column_name: string; reason: string }>(
    `SELECT p.row_id + ${staged.firstDataLine} + coalesce(t.n, 0) AS line, p.column_name, p.reason
     FROM (${problems} ORDER BY row_id LIMIT ${limit}) p
     ASOF LEFT JOIN ${stagedTable(staged, names.thresholds)} t ON p.row_id >= t.th
     ORDER BY line`,
  );
  return [
    ...(await rejectedProblems(db, staged, limit)),
    ...located.map((r) => ({ line: r.line, column: r.column_name, reason: r.reason })),
  ]
    .sort((a, b) => a.line - b.line)
    .slice(0, limit);
}

/** The first value given for every row that its column's type cannot hold ("soon" for a date), or null. */
async function unreadableConstant(db: Db, staged: StagedCsv): Promise<{ column: string; reason: string } | null> {
  const { schema, columns } = staged.request;
  const given = columns.filter((m) => m.source === null && isFilled(m));
  if (given.length === 0) return null;
  // Values as parameters; the types come from the schema's closed list.
  const typeOf = (m: ColumnMap) => schema.columns.find((c) => c.name === m.column)?.type ?? 'VARCHAR';
  const [row] = await db.query<{ bad: number | null }>(
    `SELECT list_position([${given.map((m, i) => `TRY_CAST(trim($${i + 1}) AS ${typeOf(m)}) IS NULL`).join(', ')}], true) AS bad`,
    given.map((m) => m.constant ?? ''),
  );
  const first = row?.bad ? given[row.bad - 1] : undefined;
  if (!first) return null;
  return {
    column: first.column,
    reason: `The value "${(first.constant ?? '').trim()}" given for every row of "${first.column}" cannot be read as ${typeOf(first)}; change it.`,
  };
}

/**
 * Find what is wrong with a staged file: lines DuckDB rejected, then values that
 * parsed but break the schema (empty required values, unconvertible overrides, and for
 * imports negative counts, retained > cohort size, dates before 2006 or in the future,
 * duplicate keys). Problem rows are kept in a table so "import the valid rows" can
 * leave exactly them out. Lines are file lines (header = 1), counting quoted line
 * breaks as part of their record, as DuckDB does.
 */
export async function validateStaged(db: Db, staged: StagedCsv, options: ValidateOptions): Promise<Validation> {
  const limit = options.limit ?? 50;
  const { names, request } = staged;
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const missing = request.columns
    .filter((m) => !isFilled(m) && request.schema.columns.find((c) => c.name === m.column)?.required)
    .map((m) => m.column);
  const unreadable = missing.length > 0 ? null : await unreadableConstant(db, staged);
  if (unreadable) {
    return {
      problems: [{ line: 1, column: unreadable.column, reason: unreadable.reason }],
      badRows: staged.stagedRows + staged.rejectedLines,
      validRows: 0,
      blocking: unreadable.reason,
    };
  }
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    return {
      problems: missing.map((m) => ({ line: 1, column: m, reason: `required column "${m}" is missing` })),
      badRows: staged.stagedRows + staged.rejectedLines,
      validRows: 0,
      blocking: `Required column${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} missing. Map a column of the file to ${missing.length > 1 ? 'each' : 'it'}, or add ${missing.length > 1 ? 'them' : 'it'} to the file.`,
    };
  }
  // Statements go to the engine together: one round trip from the page to its worker.
  const statements = [
    `CREATE OR REPLACE TABLE ${stagedTable(staged, names.problems)} (row_id BIGINT, column_name VARCHAR, reason VARCHAR)`,
  ];
  const checks = rowChecks(staged, options, today);
  if (checks.length > 0) {
    const structs = checks.map(
      (c) => `CASE WHEN ${c.when} THEN {'column_name': ${c.columnSql ?? literal(c.column)}, 'reason': ${c.reason}} END`,
    );
    // One scan: the WHERE filters cheaply, the list is built only for rows with a problem.
    statements.push(
      `-- datasets/validate
INSERT INTO ${stagedTable(staged, names.problems)}
SELECT row_id, p.column_name, p.reason FROM (
  SELECT rowid AS row_id, unnest(list_filter([${structs.join(', ')}], x -> x IS NOT NULL)) AS p
  FROM ${stagingTable(staged)} WHERE ${checks.map((c) => `(${c.when})`).join(' OR ')})`,
    );
  }
  if (options.domain) statements.push(...duplicateChecks(staged, options.except));
  await db.exec(statements.join(';\n'));

  const [counts] = await db.query<{ bad: number }>(
    `SELECT count(DISTINCT row_id) AS bad FROM ${stagedTable(staged, names.problems)}`,
  );
  const badStaged = counts?.bad ?? 0;
  // A clean file (the usual case) needs no line numbers: skip locating problems.
  const problems = badStaged + staged.rejectedLines === 0 ? [] : await locateProblems(db, staged, limit);
  const validRows = staged.stagedRows - badStaged;
  let blocking: string | null = null;
  if (staged.stagedRows + staged.rejectedLines === 0) {
    blocking = request.dialect.header
      ? 'The file has a header but no data rows. Add rows below the header, or check that the right file was chosen.'
      : 'The file has no rows.';
  } else if (validRows === 0) {
    blocking = 'No row of the file can be imported. Fix the problems listed (or the settings above) and try again.';
  }
  return { problems, badRows: badStaged + staged.rejectedLines, validRows, blocking };
}
