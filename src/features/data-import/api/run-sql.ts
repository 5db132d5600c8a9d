import { useMutation } from '@tanstack/react-query';
import type { Db, Row } from '../../../lib/db/types';
import { literal } from '../../../lib/sql/ident';
import { useReadyDb } from '../../../lib/query/use-ready-db';
import { explainTarget, firstWord, pragmaName, skipComments } from '../model/sql-statement';
import { refusalOf, statementKind } from './statement-kind';
import { messageOf } from '../model/message-of';

/** At most this many rows are shown; the total is counted all the same. */
export const MAX_ROWS = 500;

/** A console statement's answer: up to `MAX_ROWS` rows and how many there are in all. */
export interface SqlResult {
  readonly rows: Row[];
  readonly total: number;
  readonly ms: number;
}

/** A statement the console will not run, with the sentence that says why. */
export class SqlRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SqlRefused';
  }
}

/** DuckDB's answer when the text is not exactly one SELECT statement (its parser decides). */
const NOT_ONE_SELECT = 'Expected a single SELECT statement';

/**
 * Whether DuckDB's parser reads `sql` as one SELECT statement (SELECT, WITH, FROM, VALUES,
 * TABLE, PIVOT, DESCRIBE, SHOW and SUMMARIZE all are): the `query()` table function parses
 * its text on its own and accepts nothing else. Binds it without running it. Throws the
 * engine's own error when the text does not parse or bind.
 */
async function isOneSelect(db: Db, sql: string): Promise<boolean> {
  try {
    await db.queryReadOnly(`SELECT * FROM query(${literal(sql)}) LIMIT 0`);
    return true;
  } catch (error) {
    if (messageOf(error).includes(NOT_ONE_SELECT)) return false;
    throw error;
  }
}

/** A PRAGMA that DuckDB answers with a query (`PRAGMA version` is `pragma_version()`), not a setting. */
async function isQueryPragma(db: Db, name: string): Promise<boolean> {
  const found = await db.queryReadOnly<{ n: number }>(
    `SELECT count(*) AS n FROM duckdb_functions() WHERE function_type = 'table' AND function_name = ${literal(`pragma_${name}`)}`,
  );
  return (found[0]?.n ?? 0) > 0;
}

/**
 * Run the user's own text as it is, prepared (one statement only) in a READ ONLY
 * transaction that is rolled back: errors carry the user's own line numbers.
 */
async function runAsWritten(db: Db, sql: string, started: number): Promise<SqlResult> {
  const rows = await db.queryReadOnly(sql);
  return { rows: rows.slice(0, MAX_ROWS), total: rows.length, ms: performance.now() - started };
}

/**
 * Run one read-only statement from the SQL console. DuckDB decides what the statement is:
 * its parser must read one SELECT statement (or an EXPLAIN of one, or a PRAGMA that
 * DuckDB answers with a query); anything else is refused before it runs, with a sentence
 * naming what DuckDB read. Every statement runs on a connection of its own inside a READ
 * ONLY transaction that is rolled back, so even a statement that got past the check
 * could not change the database.
 */
export async function runSql(db: Db, sql: string): Promise<SqlResult> {
  const started = performance.now();
  if (skipComments(sql) === '')
    throw new SqlRefused('Write a query first, e.g. SELECT platform, count(*) FROM signups GROUP BY platform.');
  // DuckDB reads text only up to a NUL, so inside a quoted literal the check below would
  // see less than the statement that runs: refuse it rather than check something else.
  if (sql.includes('\0'))
    throw new SqlRefused('The query contains a NUL character (code 0); remove it and run the query again.');
  let select: boolean;
  try {
    select = await isOneSelect(db, sql);
  } catch {
    // It does not parse or bind as a query: the engine says why, in the user's own lines.
    // Nothing that fails to parse runs, and what parsed is a SELECT statement.
    return runAsWritten(db, sql, started);
  }
  if (select) {
    const source = `query(${literal(sql)})`;
    try {
      const [counted] = await db.queryReadOnly<{ n: number }>(`SELECT count(*) AS n FROM ${source}`);
      const rows = await db.queryReadOnly(`SELECT * FROM ${source} LIMIT ${MAX_ROWS}`);
      return { rows, total: counted?.n ?? rows.length, ms: performance.now() - started };
    } catch {
      // A SELECT that fails as it runs: run as written, the error cites the user's own lines.
      return runAsWritten(db, sql, started);
    }
  }
  const target = explainTarget(sql);
  if (target !== null) {
    // EXPLAIN ANALYZE runs the statement it explains, so that statement must be a query too.
    let explainsSelect: boolean;
    try {
      explainsSelect = await isOneSelect(db, target);
    } catch {
      return runAsWritten(db, target, started);
    }
    if (explainsSelect) return runAsWritten(db, sql, started);
  }
  const pragma = pragmaName(sql);
  if (pragma !== null && (await isQueryPragma(db, pragma))) return runAsWritten(db, sql, started);
  throw new SqlRefused(refusalOf(await statementKind(db, sql), firstWord(sql)));
}

/** The console's Run: a mutation, so its pending and error states come with it. */
export function useRunSql() {
  const readyDb = useReadyDb();
  return useMutation({ mutationFn: async (sql: string) => runSql(await readyDb(), sql) });
}
