import type { Table } from 'apache-arrow';
import { unlessAborted } from './abortable';
import type { EngineConnection } from './engine';
import { measureIfSlow } from '../perf/mark';
import { QueryError, type SqlValue } from './types';

/**
 * Close a statement or connection without waiting for the answer. DuckDB-WASM posts the
 * close at once and its worker handles it, like every query, as it arrives: nothing sent
 * later overtakes it or needs its answer. Waiting cost a round trip (1–5 ms in the
 * import's measures) per bound query and transaction. A failed close loses nothing (a
 * connection closed mid-transaction rolls it back), nor does a blocking engine's throw.
 */
export function closeInOrder(closable: { close(): Promise<void> | void }): void {
  try {
    void Promise.resolve(closable.close()).catch(() => undefined);
  } catch {
    // See above.
  }
}

function bindable(value: SqlValue): unknown {
  // DuckDB-WASM cannot bind a JS Date; a day string casts cleanly to DATE in SQL.
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

export function firstLine(sql: string): string {
  return sql.trim().split('\n', 1)[0] ?? '';
}

export async function run(
  conn: EngineConnection,
  sql: string,
  params: readonly SqlValue[],
  signal?: AbortSignal,
): Promise<Table> {
  return unlessAborted(() => runStatement(conn, sql, params), signal);
}

/**
 * Run one statement; a slow one leaves a `uptake:sql <its first line>` measure (most
 * statements start with a `-- module/query` comment), so a profile names the query.
 */
async function runStatement(conn: EngineConnection, sql: string, params: readonly SqlValue[]): Promise<Table> {
  const start = performance.now();
  try {
    if (params.length === 0) return await conn.query(sql);
    const statement = await conn.prepare(sql);
    try {
      return await statement.query(...params.map(bindable));
    } finally {
      closeInOrder(statement);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new QueryError(`${message}\n(in ${firstLine(sql)})`, sql, { cause: error });
  } finally {
    measureIfSlow(() => `sql ${firstLine(sql)}`, start);
  }
}
