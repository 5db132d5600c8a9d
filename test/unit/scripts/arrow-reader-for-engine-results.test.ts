import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { Plugin } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  READER_EDITS,
  arrowReaderForEngineResults,
  withReaderEdits,
} from '../../../scripts/vite/arrow-reader-for-engine-results';
import { LEFT_OUT_MESSAGE } from '../../../scripts/vite/arrow-without-unused-codecs';
import { bundleEntry } from './bundle-entry';

const arrowDir = `${dirname(createRequire(import.meta.url).resolve('apache-arrow'))}/`;
const read = (file: string) => readFileSync(`${arrowDir}${file}`, 'utf8');

/** The part of Arrow DuckDB-WASM's client uses to read results, bundled for the browser (not minified). */
function bundleReader(plugins: Plugin[]): Promise<string> {
  return bundleEntry("export { RecordBatchReader, Table } from 'apache-arrow';", plugins);
}

interface BuiltReader {
  RecordBatchReader: {
    from(source: unknown): { isSync(): boolean; isFile(): boolean; isStream(): boolean } & AsyncIterable<unknown>;
  };
  Table: new (batches: unknown) => { toArray(): { toJSON(): unknown }[] };
}

const rows = { day: Int32Array.from([1, 2, 3]), users: Float64Array.from([10, 20.5, 30]) };
const expected = [
  { day: 1, users: 10 },
  { day: 2, users: 20.5 },
  { day: 3, users: 30 },
];
/** Byte chunks as DuckDB-WASM's send() yields them: an async iterable of Uint8Arrays. */
async function* chunks(bytes: Uint8Array, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('Arrow reader for engine results (Vite plugin)', () => {
  let dir: string;
  let withEdits: string;
  let withoutEdits: string;
  let reader: BuiltReader;

  beforeAll(async () => {
    withEdits = await bundleReader([arrowReaderForEngineResults() as Plugin]);
    withoutEdits = await bundleReader([]);
    // The bundle imports nothing (Arrow's own dependencies are in it), so it can load from anywhere.
    dir = mkdtempSync(join(tmpdir(), 'arrow-reader-'));
    writeFileSync(join(dir, 'reader.mjs'), withEdits);
    reader = (await import(pathToFileURL(join(dir, 'reader.mjs')).href)) as BuiltReader;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies every edit to the installed Arrow modules', () => {
    for (const file of Object.keys(READER_EDITS)) {
      const out = withReaderEdits(file, read(file))!;
      for (const { find, replace } of READER_EDITS[file]!) {
        expect(out).not.toContain(find);
        expect(out).toContain(replace);
      }
    }
  });

  it('leaves out the JSON reader and the async file-handle reader, and only them', () => {
    const leftOut = [
      'JSONMessageReader',
      'JSONVectorLoader',
      'RecordBatchJSONReaderImpl',
      'AsyncRandomAccessFile',
      'AdaptiveByteReader',
    ];
    for (const name of leftOut)
      expect([name, withoutEdits.includes(`var ${name} = class`), withEdits.includes(`var ${name} = class`)]).toEqual([
        name,
        true,
        false,
      ]);
    for (const name of ['MessageReader', 'AsyncMessageReader', 'VectorLoader', 'RandomAccessFile'])
      expect([name, withEdits.includes(`var ${name} = class`)]).toEqual([name, true]);
    // The DOM and Node stream adapters' generators; the iterable ones stay.
    for (const name of ['fromDOMStream_1', 'fromNodeStream_1'])
      expect([name, withoutEdits.includes(name), withEdits.includes(name)]).toEqual([name, true, false]);
    for (const name of ['function* fromIterable(', 'function fromAsyncIterable('])
      expect([name, withEdits.includes(name)]).toEqual([name, true]);
  });

  it('reads an IPC file from bytes, as query() gets it, into the rows the installed Arrow wrote', () => {
    const bytes = tableToIPC(tableFromArrays(rows), 'file');
    const source = reader.RecordBatchReader.from(bytes);
    expect([source.isSync(), source.isFile()]).toEqual([true, true]);
    expect(new reader.Table(source).toArray().map((row) => row.toJSON())).toEqual(expected);
  });

  it('reads an IPC stream from an async iterable of chunks, as send() gets it', async () => {
    const bytes = tableToIPC(tableFromArrays(rows), 'stream');
    const source = await reader.RecordBatchReader.from(chunks(bytes, 7));
    expect(source.isStream()).toBe(true);
    const batches = [];
    for await (const batch of source) batches.push(batch);
    expect(new reader.Table(batches).toArray().map((row) => row.toJSON())).toEqual(expected);
  });

  it("refuses Arrow's JSON format, a Node file handle and DOM or Node streams with the message", async () => {
    expect(() => reader.RecordBatchReader.from({ schema: { fields: [] }, batches: [] })).toThrow(LEFT_OUT_MESSAGE);
    await expect(
      Promise.resolve(reader.RecordBatchReader.from({ stat: async () => ({ size: 0 }), fd: 3 })),
    ).rejects.toThrow(LEFT_OUT_MESSAGE);
    const bytes = tableToIPC(tableFromArrays(rows), 'stream');
    expect(() => reader.RecordBatchReader.from(new ReadableStream({ start: (c) => c.enqueue(bytes) }))).toThrow(
      LEFT_OUT_MESSAGE,
    );
    expect(() => reader.RecordBatchReader.from(Readable.from([bytes]))).toThrow(LEFT_OUT_MESSAGE);
  });

  it('leaves other modules alone and refuses a module whose text changed', () => {
    expect(withReaderEdits('ipc/writer.mjs', read('ipc/writer.mjs'))).toBeNull();
    const reader = read('ipc/reader.mjs');
    expect(() =>
      withReaderEdits('ipc/reader.mjs', reader.replace('function fromArrowJSON(source)', 'function x()')),
    ).toThrow(/found 0 times/);
    const message = read('ipc/message.mjs');
    const twice = message.replace(
      '                ? new AsyncRandomAccessFile(source, byteLength)',
      '                ? new AsyncRandomAccessFile(source, byteLength)\n                ? new AsyncRandomAccessFile(source, byteLength)',
    );
    expect(() => withReaderEdits('ipc/message.mjs', twice)).toThrow(/found 2 times/);
  });
});
