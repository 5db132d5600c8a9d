import { arrowToRows } from './arrow-rows';
import type { Engine, EngineConnection, EngineStatement } from './engine';
import { longStatements, type LongStatements } from './long-statements';
import { closeInOrder, run } from './run-statement';
import { QueryError, type Db, type Row, type RunOptions, type SqlValue } from './types';

// The engine's interfaces are declared in engine.ts; callers of createDb take them from here.
export type { Engine, EngineConnection, EngineStatement };

/**
 * Wrap an engine in the `Db` interface. Queries share one connection; a transaction
 * opens its own so that queries from other panels never see its half-done state.
 */
export async function createDb(engine: Engine): Promise<Db> {
  const main = await engine.connect();
  return dbOn(engine, main, longStatements(engine));
}

function dbOn(engine: Engine, conn: EngineConnection, long: LongStatements): Db {
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
    execLong: (sql, options) => long.run(sql, options),
  };
  if (engine.registerFileHandle) {
    const register = engine.registerFileHandle.bind(engine);
    db.registerFileHandle = async (name, file) => register(name, file);
  }
  return db;
}
