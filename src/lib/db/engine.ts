import type { Table } from 'apache-arrow';

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
