import type { Plugin } from 'vite';
import { LEFT_OUT_MESSAGE } from './arrow-without-unused-codecs.ts';

/** One exact edit of an Arrow module: `find` must occur in it exactly once. */
export interface ReaderEdit {
  readonly find: string;
  readonly replace: string;
}

const leftOut = `new Error(${JSON.stringify(LEFT_OUT_MESSAGE)})`;

/**
 * What the engine client's reader keeps but never reaches, per Arrow module. DuckDB-WASM hands
 * `RecordBatchReader.from` a Uint8Array (query: an IPC file) or an async iterable of byte
 * chunks (send: an IPC stream); Uptake calls nothing else of Arrow's readers. So two of
 * `from`'s branches never run: Arrow's JSON test format (an object with a `schema`) and a
 * Node file handle (an object with `stat()` and a numeric `fd`), nor do the byte-stream
 * adapters for a DOM ReadableStream (or fetch Response) and a Node stream. Each becomes a
 * throw (the check that picks the branch stays, so such a source says why it is refused
 * rather than being misread as bytes), and what only they reach goes with them: the JSON
 * reader, message reader and vector loader, the async random-access file, the async
 * IPC-file reader and the two stream adapters.
 */
export const READER_EDITS: Readonly<Record<string, readonly ReaderEdit[]>> = {
  'ipc/reader.mjs': [
    {
      find: 'function fromArrowJSON(source) {\n    return new RecordBatchStreamReader(new RecordBatchJSONReaderImpl(source));\n}',
      replace: `function fromArrowJSON() {\n    throw ${leftOut};\n}`,
    },
    {
      find: '            : new JSONMessageReader(this._handle = source);',
      replace: `            : (() => { throw ${leftOut}; })();`,
    },
    {
      find: [
        'function fromFileHandle(source) {',
        '    return __awaiter(this, void 0, void 0, function* () {',
        '        const { size } = yield source.stat();',
        '        const file = new AsyncRandomAccessFile(source, size);',
        '        if (size >= magicX2AndPadding && checkForMagicArrowString(yield file.readAt(0, (magicLength + 7) & ~7))) {',
        '            return new AsyncRecordBatchFileReader(new AsyncRecordBatchFileReaderImpl(file));',
        '        }',
        '        return new AsyncRecordBatchStreamReader(new AsyncRecordBatchStreamReaderImpl(file));',
        '    });',
        '}',
      ].join('\n'),
      // `from` returns a promise for a file handle: a rejected one keeps that shape.
      replace: `function fromFileHandle() {\n    return Promise.reject(${leftOut});\n}`,
    },
  ],
  // The byte-stream adapters' object keeps every adapter; the reader wraps only bytes and
  // async iterables (fromIterable, fromAsyncIterable), never a DOM or Node stream.
  'io/adapters.mjs': [
    {
      find: '    fromDOMStream(source) {\n        return pump(fromDOMStream(source));\n    },',
      replace: `    fromDOMStream() {\n        throw ${leftOut};\n    },`,
    },
    {
      find: '    fromNodeStream(stream) {\n        return pump(fromNodeStream(stream));\n    },',
      replace: `    fromNodeStream() {\n        throw ${leftOut};\n    },`,
    },
  ],
  'ipc/message.mjs': [
    {
      find: '                ? new AsyncRandomAccessFile(source, byteLength)',
      replace: `                ? (() => { throw ${leftOut}; })()`,
    },
  ],
};

/**
 * Arrow module `file` (a path inside the package) with READER_EDITS applied, or null for a
 * module without edits. Throws when an edit's text is not found exactly once: an Arrow
 * release that changed the reader must be looked at, not built around silently.
 */
export function withReaderEdits(file: string, code: string): string | null {
  const edits = READER_EDITS[file];
  if (!edits) return null;
  return edits.reduce((out, { find, replace }) => {
    const count = out.split(find).length - 1;
    if (count !== 1)
      throw new Error(
        `arrow-reader-for-engine-results: expected once in apache-arrow/${file}, found ${count} times:\n${find}`,
      );
    return out.replace(find, () => replace);
  }, code);
}

/**
 * Leaves out of the engine client's chunk the parts of Arrow's IPC reader that only a JSON
 * source or a Node file handle reaches (see READER_EDITS): Uptake reads what DuckDB-WASM
 * returns, bytes in memory or an async stream of them.
 */
export function arrowReaderForEngineResults(): Plugin {
  return {
    name: 'uptake:arrow-reader-for-engine-results',
    apply: 'build',
    transform(code, id) {
      const file = /[\\/]node_modules[\\/]apache-arrow[\\/](.+)$/.exec(id)?.[1]?.replaceAll('\\', '/');
      const out = file === undefined ? null : withReaderEdits(file, code);
      return out === null ? null : { code: out, map: null };
    },
  };
}
