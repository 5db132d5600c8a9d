/** Values that can be bound as query parameters. Dates bind as ISO `YYYY-MM-DD` days. */
export type SqlValue = string | number | boolean | null | Date;

/** A plain row as it leaves the database layer: numbers, strings, booleans, Dates or null. */
export type Row = Record<string, unknown>;

/**
 * The small typed interface every feature talks to. Rows come back as plain objects
 * (`number`, `string`, `Date`, `null`), never Arrow vectors or BigInt.
 */
export interface Db {
  /** Run one statement and return its rows. `params` bind to `?` placeholders in order. */
  query<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Run statements that return nothing of interest (DDL, INSERT). */
  exec(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /**
   * Run `work` on a connection of its own inside BEGIN … COMMIT; any throw rolls back,
   * so what was loaded before stays exactly as it was.
   */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  /** Make bytes readable by `read_csv(name)`. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Forget a registered file. */
  dropFile(name: string): Promise<void>;
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
