import type { Table } from 'apache-arrow';
import { arrowToRows } from './arrow-rows';
import { QueryError, type Db, type Row, type SqlValue } from './types';

/**
 * The parts of a DuckDB-WASM connection Uptake uses. Both the browser's AsyncDuckDB
 * connection and Node's blocking one fit (a blocking call is simply awaited).
 */
export interface EngineStatement {
  query(...params: unknown[]): Promise<Table> | Table;
  close(): Promise<void> | void;
}
export interface EngineConnection {
  query(sql: string): Promise<Table> | Table;
  prepare(sql: string): Promise<EngineStatement> | EngineStatement;
  close(): Promise<void> | void;
}
export interface Engine {
  connect(): Promise<EngineConnection> | EngineConnection;
  registerFileBuffer(name: string, bytes: Uint8Array): Promise<void> | void;
  dropFile(name: string): Promise<void> | void;
}

function bindable(value: SqlValue): unknown {
  // DuckDB-WASM cannot bind a JS Date; a day string casts cleanly to DATE in SQL.
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

function firstLine(sql: string): string {
  return sql.trim().split('\n', 1)[0] ?? '';
}

async function run(conn: EngineConnection, sql: string, params: readonly SqlValue[]): Promise<Table> {
  try {
    if (params.length === 0) return await conn.query(sql);
    const statement = await conn.prepare(sql);
    try {
      return await statement.query(...params.map(bindable));
    } finally {
      await statement.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new QueryError(`${message}\n(in ${firstLine(sql)})`, sql, { cause: error });
  }
}

/**
 * Wrap an engine in the `Db` interface. Queries share one connection; a transaction
 * opens its own so that queries from other panels never see its half-done state.
 */
export async function createDb(engine: Engine): Promise<Db> {
  const main = await engine.connect();
  return dbOn(engine, main);
}

function dbOn(engine: Engine, conn: EngineConnection): Db {
  const db: Db = {
    async query<T extends object = Row>(sql: string, params: readonly SqlValue[] = []) {
      return arrowToRows<T>(await run(conn, sql, params));
    },
    async exec(sql, params = []) {
      await run(conn, sql, params);
    },
    async transaction(work) {
      const own = await engine.connect();
      const tx = dbOn(engine, own);
      await tx.exec('BEGIN TRANSACTION');
      try {
        const result = await work(tx);
        await tx.exec('COMMIT');
        return result;
      } catch (error) {
        await tx.exec('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        await own.close();
      }
    },
    async registerFile(name, bytes) {
      await engine.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      await engine.dropFile(name);
    },
  };
  return db;
}
