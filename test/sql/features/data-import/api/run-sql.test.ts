import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ROWS, runSql, SqlRefused } from '../../../../../src/features/data-import/api/run-sql';
import type { Db } from '../../../../../src/lib/db/types';
import { openNodeDb } from '../../../../support/node-db';

/** Everything a console statement could change: tables and views, their rows, settings, attached databases. */
async function snapshot(db: Db) {
  const objects = await db.query(
    `SELECT table_catalog, table_schema, table_name, table_type FROM information_schema.tables ORDER BY ALL`,
  );
  const [notes] = await db.query<{ n: number; total: number }>('SELECT count(*) AS n, sum(v) AS total FROM notes');
  const settings = await db.query(
    `SELECT name, value FROM duckdb_settings() WHERE name IN ('threads', 'memory_limit', 'enable_progress_bar', 'default_order') ORDER BY name`,
  );
  const databases = await db.query('SELECT database_name FROM duckdb_databases() ORDER BY ALL');
  return { objects, notes, settings, databases };
}

async function refusal(db: Db, sql: string): Promise<string> {
  const error = await runSql(db, sql).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, sql).toBeInstanceOf(SqlRefused);
  return (error as SqlRefused).message;
}

describe('runSql: DuckDB decides what the SQL console runs', () => {
  let db: Db;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    db = await openNodeDb();
    await db.exec('CREATE TABLE notes AS SELECT range AS v FROM range(1234)');
    before = await snapshot(db);
  });

  it.each([
    ['SELECT 1 AS one', [{ one: 1 }]],
    ['  -- a comment\nWITH x AS (SELECT 1 AS one) SELECT * FROM x', [{ one: 1 }]],
    ['(SELECT 1 AS one)', [{ one: 1 }]],
    ['FROM notes SELECT max(v) AS top', [{ top: 1233 }]],
    ['VALUES (7)', [{ col0: 7 }]],
    ['SELECT 2 AS two;', [{ two: 2 }]],
  ])('runs a query: %s', async (sql, rows) => {
    const result = await runSql(db, sql);
    expect(result.rows).toEqual(rows);
    expect(result.total).toBe(rows.length);
  });

  it.each([
    ['/* block */ describe notes', 'column_name'],
    ['SHOW TABLES', 'name'],
    ['SUMMARIZE notes', 'approx_unique'],
    ['EXPLAIN SELECT 1', 'explain_value'],
    ['EXPLAIN ANALYZE SELECT count(*) FROM notes', 'explain_value'],
    ['PRAGMA version', 'library_version'],
    ["PRAGMA table_info('notes')", 'type'],
  ])('runs a statement that only reads: %s', async (sql, column) => {
    const result = await runSql(db, sql);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(Object.keys(result.rows[0] ?? {})).toContain(column);
  });

  it('shows at most MAX_ROWS rows and says how many there are in all', async () => {
    const result = await runSql(db, 'SELECT v FROM notes ORDER BY v DESC');
    expect(MAX_ROWS).toBe(500);
    expect(result.rows).toHaveLength(500);
    expect(result.total).toBe(1234);
    expect(result.rows[0]).toEqual({ v: 1233 });
    expect(result.rows[499]).toEqual({ v: 734 });
  });

  it.each([
    ['DROP TABLE notes', 'DROP'],
    ['insert into notes values (1)', 'INSERT'],
    ['-- looks harmless\nDELETE FROM notes', 'DELETE'],
    ['UPDATE notes SET v = 0', 'UPDATE'],
    ['CREATE TABLE more AS SELECT 1', 'CREATE'],
  ])('refuses %s: DuckDB will not even plan it without write access', async (sql, keyword) => {
    const message = await refusal(db, sql);
    expect(message).toMatch(
      new RegExp(
        `^Only read-only queries run here .*"${keyword}" would change the data \\(DuckDB refuses to plan it without write access\\)`,
      ),
    );
  });

  it.each([
    ["COPY notes TO 'out.csv'", 'COPY', 'COPY TO FILE'],
    ['SET threads = 1', 'SET', 'SET'],
  ])('refuses %s, naming the statement and what DuckDB plans', async (sql, keyword, plan) => {
    const message = await refusal(db, sql);
    expect(message).toMatch(
      new RegExp(
        `^Only read-only queries run here .*"${keyword}" would change the data or the engine's settings \\(DuckDB plans it as ${plan}\\)`,
      ),
    );
  });

  it.each([
    ["ATTACH ':memory:' AS other", 'ATTACH'],
    ['PRAGMA enable_profiling', 'PRAGMA'],
    ['PRAGMA threads = 1', 'PRAGMA'],
    ['EXPLAIN ANALYZE DELETE FROM notes', 'EXPLAIN'],
    ["EXPLAIN ANALYZE COPY notes TO 'x.csv'", 'EXPLAIN'],
    ['CHECKPOINT', 'CHECKPOINT'],
    ['DETACH memory', 'DETACH'],
  ])('refuses %s, naming it as written', async (sql, keyword) => {
    expect(await refusal(db, sql)).toMatch(new RegExp(`^Only read-only queries run here .*"${keyword}"`));
  });

  it.each(['SELECT 1; DROP TABLE notes', 'DROP TABLE notes; SELECT 1', 'SELECT 1; SELECT 2'])(
    'refuses several statements: %s',
    async (sql) => {
      expect(await refusal(db, sql)).toMatch(/multiple statements/);
    },
  );

  it("reports a typo with DuckDB's syntax error, not as a change to the data", async () => {
    await expect(runSql(db, 'SELEC * FROM notes')).rejects.toThrow(/^Parser Error: syntax error at or near "SELEC"/);
  });

  it("cites the line of the user's own text, not of a wrapper", async () => {
    const error = await runSql(db, 'SELECT 1').then(() => null);
    expect(error).toBeNull();
    await expect(runSql(db, 'SELECT v,\n  nope\nFROM notes')).rejects.toThrow(
      /Referenced column "nope" not found[\s\S]*\nLINE 2: {3}nope\n/,
    );
    await expect(runSql(db, 'SELECT count(*) FROM notez')).rejects.toThrow(
      /Table with name notez does not exist[\s\S]*\nLINE 1: SELECT count\(\*\) FROM notez\n/,
    );
  });

  it('reports what DuckDB cannot parse and runs none of it', async () => {
    await expect(runSql(db, "EXPLAIN ANALYZE VERBOSE COPY notes TO 'x.csv'")).rejects.toThrow(
      /^Not implemented Error: Unimplemented explain type: verbose/,
    );
  });

  it('refuses text with a NUL character, which the check could not see as it would run', async () => {
    expect(await refusal(db, 'SET threads = 1\0')).toMatch(/NUL character/);
  });

  it('asks for a query when there is none', async () => {
    expect(await refusal(db, '  -- nothing\n')).toMatch(/^Write a query first/);
  });

  it('leaves tables, rows, settings and attached databases exactly as they were', async () => {
    expect(await snapshot(db)).toEqual(before);
  });
});
