import type { Plugin } from 'vite';
import { editEngineClient } from './edit-engine-client.ts';

/** Its one use of Arrow's IPC writer: `insertArrowTable` serialising a Table to an IPC stream. */
const TABLE_TO_IPC = /\b[\w$]+\.tableToIPC\([\w$]+,\s*"stream"\)/g;

/** What `insertArrowTable` throws in this build, naming the way that works. */
export const INSERT_ARROW_TABLE_MESSAGE =
  'insertArrowTable is not in this build (its Arrow IPC writer is left out); pass IPC bytes to insertArrowFromIPCStream';

/**
 * The client's code with `insertArrowTable`'s call of Arrow's `tableToIPC` replaced by a
 * throw. Throws when the call is not there exactly once: a DuckDB-WASM release that
 * changed it must be looked at, not built around silently.
 */
export function withoutArrowWriter(code: string): string {
  const calls = code.match(TABLE_TO_IPC) ?? [];
  if (calls.length !== 1)
    throw new Error(
      `engine-chunk-without-arrow-writer: expected one tableToIPC(…, "stream") call in DuckDB-WASM's client, found ${calls.length}`,
    );
  return code.replace(TABLE_TO_IPC, `(()=>{throw new Error(${JSON.stringify(INSERT_ARROW_TABLE_MESSAGE)})})()`);
}

/**
 * DuckDB-WASM's client reaches Arrow's whole IPC writer (RecordBatchWriter, the vector
 * assembler, the flatbuffers builder) through one method, `insertArrowTable`, which Uptake
 * never calls: it reads results and loads files, and Arrow data, if ever, goes in as IPC
 * bytes. The client is one module, so tree-shaking cannot drop a method; this build step
 * drops the call instead, and the writer with it (2.2 kB gzip of the engine client, which
 * the first view waits for).
 */
export function engineChunkWithoutArrowWriter(): Plugin {
  return editEngineClient('uptake:engine-chunk-without-arrow-writer', withoutArrowWriter);
}
