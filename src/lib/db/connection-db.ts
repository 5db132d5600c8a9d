import type { Table } from 'apache-arrow';
import { unlessAborted } from './abortable';
import { arrowToRows } from './arrow-rows';
import { longConnections, type LongConnections } from './long-connections';
import { measureIfSlow } from '../perf/mark';
import { QueryError, type Db, type Row, type RunOptions, type SqlValue } from './types';

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
  /** Start a statement the engine runs in slices between polls, so it can be cancelled. */
  send?(sql: string): Promise<AsyncIterable<unknown>> | Iterable<unknown>;
  /** Cancel what `send` started. */
  cancelSent?(): Promise<boolean> | boolean;
}
export interface Engine {
  connect(): Promise<EngineConnection> | EngineConnection;
  registerFileBuffer(name: string, bytes: Uint8Array): Promise<void> | void;
  dropFile(name: string): Promise<void> | void;
  /** Register a browser File to be read in slices (browser engine only). */
  registerFileHandle?(name: string, file: File): Promise<void>;
  /** Subscribe to the engine's execution progress (0–1); returns the unsubscribe. */
  onProgress?(listener: (fraction: number) => void): () => void;
}

/** One statement, so one round trip to the engine's worker. */
const PROGRESS_SETTINGS = 'SET enable_progress_bar = true; SET progress_bar_time = 0';

/**
 * Close a statement or connection without waiting for the answer. DuckDB-WASM posts the
 * close at once and its worker handles it, like every query, as it arrives: nothing sent
 * later overtakes it or needs its answer. Waiting cost a round trip (1–5 ms in the
 * import's measures) per bound query and transaction. A failed close loses nothing (a
 * connection closed mid-transaction rolls it back), nor does a blocking engine's throw.
 */
function closeInOrder(closable: { close(): Promise<void> | void }): void {
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

function firstLine(sql: string): string {
  return sql.trim().split('\n', 1)[0] ?? '';
}

async function run(
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

/**
 * Wrap an engine in the `Db` interface. Queries share one connection; a transaction
 * opens its own so that queries from other panels never see its half-done state.
 */
export async function createDb(engine: Engine): Promise<Db> {
  const main = await engine.connect();
  const long = longConnections(async (progress) => {
    const own = await engine.connect();
    if (progress) await run(own, PROGRESS_SETTINGS, []);
    return own;
  });
  return dbOn(engine, main, long);
}

function dbOn(engine: Engine, conn: EngineConnection, long: LongConnections<EngineConnection>): Db {
  const db: Db = {
    async query<T extends object = Row>(sql: string, params: readonly SqlValue[] = [], options: RunOptions = {}) {
      return arrowToRows<T>(await run(conn, sql, params, options.signal));
    },
    async exec(sql, params = [], options = {}) {
      await run(conn, sql, params, options.signal);
    },
    async transaction(work) {
      const own = await engine.connect();
      const tx = dbOn(engine, own, long);
      await tx.exec('BEGIN TRANSACTION');
      try {
        const result = await work(tx);
        await tx.exec('COMMIT');
        return result;
      } catch (error) {
        await tx.exec('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        closeInOrder(own);
      }
    },
    async registerFile(name, bytes) {
      await engine.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      await engine.dropFile(name);
    },
    async queryReadOnly<T extends object = Row>(sql: string) {
      const own = await engine.connect();
      try {
        await run(own, 'BEGIN TRANSACTION READ ONLY', []);
        let statement: EngineStatement;
        try {
          statement = await own.prepare(sql);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new QueryError(message, sql, { cause: error });
        }
        try {
          return arrowToRows<T>(await statement.query());
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new QueryError(message, sql, { cause: error });
        } finally {
          closeInOrder(statement);
        }
      } finally {
        await Promise.resolve(own.query('ROLLBACK')).catch(() => undefined);
        closeInOrder(own);
      }
    },
    async execLong(sql, { signal, onProgress, then = [] }) {
      signal?.throwIfAborted();
      // A connection of its own, kept for the next long statement (long-connections.ts): a
      // new query on a connection cancels the one pending there. DuckDB estimates progress
      // only with its progress bar on, by default after 2 s: a connection for a statement
      // that reports progress has it on from the start (PROGRESS_SETTINGS, posted to the
      // page as PROGRESS_UPDATE).
      const progress = onProgress !== undefined && engine.onProgress !== undefined;
      const own = await long.take(progress);
      let succeeded = false;
      // The engine reports progress for whichever statement runs with the progress bar on:
      // listen only while the main statement runs, not during the `then` statements.
      let unsubscribe: (() => void) | undefined;
      const cancel = () => void Promise.resolve(own.cancelSent?.()).catch(() => undefined);
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        if (onProgress && engine.onProgress) unsubscribe = engine.onProgress(onProgress);
        if (own.send) {
          const stream = await own.send(sql);
          // Drain the (empty) result; the engine runs the statement in slices between polls.
          for await (const batch of stream) void batch;
        } else {
          await run(own, sql, []);
        }
        unsubscribe?.();
        unsubscribe = undefined;
        signal?.throwIfAborted();
        for (const next of then) await run(own, next, []);
        succeeded = true;
      } catch (error) {
        if (signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
        if (error instanceof QueryError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new QueryError(`${message}\n(in ${firstLine(sql)})`, sql, { cause: error });
      } finally {
        signal?.removeEventListener('abort', cancel);
        unsubscribe?.();
        if (succeeded) long.keep(progress, own);
        else closeInOrder(own);
      }
    },
  };
  if (engine.registerFileHandle) {
    const register = engine.registerFileHandle.bind(engine);
    db.registerFileHandle = async (name, file) => register(name, file);
  }
  return db;
}
