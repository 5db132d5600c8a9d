import type { SqlValue } from '../sql/params';

export type { SqlValue };

/** A plain row as it leaves the database layer: numbers, strings, booleans, Dates or null. */
export type Row = Record<string, unknown>;

/**
 * The small typed interface every feature talks to. Rows come back as plain objects
 * (`number`, `string`, `Date`, `null`), never Arrow vectors or BigInt.
 */
export interface Db {
  /**
   * Run one statement and return its rows. `params` bind to its `$1`, `$2`, … placeholders
   * (lib/sql/params.ts).
   * Once `signal` aborts, the call rejects with an AbortError and delivers no rows (a
   * statement the engine has already started still runs to its end there).
   */
  query<T extends object = Row>(sql: string, params?: readonly SqlValue[], options?: RunOptions): Promise<T[]>;
  /** Run statements that return nothing of interest (DDL, INSERT); `signal` as for `query`. */
  exec(sql: string, params?: readonly SqlValue[], options?: RunOptions): Promise<void>;
  /**
   * Run `work` on a connection of its own inside BEGIN … COMMIT; any throw rolls back,
   * so what was loaded before stays exactly as it was.
   */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  /** Make bytes readable by `read_csv(name)`. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Forget a registered file. */
  dropFile(name: string): Promise<void>;
  /**
   * Make a browser `File` readable by `read_csv(name)` without copying it into memory:
   * DuckDB reads it in slices through the worker's FileReader. Absent in Node, where
   * tests register bytes instead.
   */
  registerFileHandle?(name: string, file: File): Promise<void>;
  /**
   * Run one long statement that can be cancelled: aborting `signal` cancels it in the
   * engine. `onProgress` receives the engine's own progress estimate (0–1) when it
   * reports one. Without engine support it runs as a plain `exec`.
   */
  execLong(sql: string, options: LongRunOptions): Promise<void>;
  /**
   * Run exactly one statement (it is prepared, and DuckDB refuses to prepare several)
   * inside a READ ONLY transaction on a connection of its own, then roll back: whatever
   * the text says, it cannot change the database. For the SQL console.
   */
  queryReadOnly<T extends object = Row>(sql: string): Promise<T[]>;
  /**
   * Resolves once nothing has run for `quietMs`: for upkeep (a CHECKPOINT) that should not
   * slip between a panel's statements. Only the app's database counts what runs
   * (track-activity.ts); `whenQuiet` there waits `quietMs` alone without it.
   */
  idle?(quietMs: number): Promise<void>;
}

/** Options for `Db.query` and `Db.exec`. */
export interface RunOptions {
  readonly signal?: AbortSignal | undefined;
}

/** Options for `Db.execLong`. */
export interface LongRunOptions {
  readonly signal?: AbortSignal;
  /** Statements run afterwards on the same connection (to keep its TEMP tables, say). */
  readonly then?: readonly string[];
  readonly onProgress?: (fraction: number) => void;
}

/** A failed statement, with the SQL that failed so logs say which query it was. */
export class QueryError extends Error {
  readonly sql: string;
  constructor(message: string, sql: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QueryError';
    this.sql = sql;
  }
}
