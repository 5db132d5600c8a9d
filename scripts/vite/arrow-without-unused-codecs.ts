import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** What a left-out Arrow module throws if it is ever reached. */
export const LEFT_OUT_MESSAGE =
  'This part of Apache Arrow is not in this build: Uptake reads Arrow IPC streams and writes none';

/**
 * Arrow modules the engine client's reader can reach only as static members of the classes
 * it uses (so tree-shaking keeps them), with what they export and the stand-in each gets.
 * The type assembler encodes a schema for writing IPC (the writer is already left out, see
 * engine-chunk-without-arrow-writer.ts); the JSON module reads Arrow's JSON test format,
 * which DuckDB-WASM never sends (query results come as an IPC stream).
 */
export const LEFT_OUT: Readonly<Record<string, { exports: readonly string[]; stub: string }>> = {
  'visitor/typeassembler.mjs': {
    exports: ['TypeAssembler', 'instance'],
    stub: 'export class TypeAssembler { constructor() { leftOut(); } }\nexport const instance = { visit: leftOut };',
  },
  'ipc/metadata/json.mjs': {
    exports: ['schemaFromJSON', 'recordBatchFromJSON', 'dictionaryBatchFromJSON', 'fieldFromJSON'],
    stub: 'export { leftOut as schemaFromJSON, leftOut as recordBatchFromJSON, leftOut as dictionaryBatchFromJSON, leftOut as fieldFromJSON };',
  },
};

/** The names a module's source exports (`export class|function|const|let|var name`, `export { a as name }`). */
export function exportedNames(code: string): string[] {
  const declared = [...code.matchAll(/^export\s+(?:class|function\*?|const|let|var)\s+([\w$]+)/gm)].map((m) => m[1]!);
  const listed = [...code.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((m) =>
    m[1]!.split(',').map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)
        .at(-1)!,
    ),
  );
  return [...declared, ...listed.filter((name) => name !== '')];
}

/**
 * The stand-in for Arrow module `file` (a path inside the package), given its source: every
 * export throws LEFT_OUT_MESSAGE when used. Null for a module that stays. Throws when the
 * module no longer exports exactly the expected names: an Arrow release that changed it must
 * be looked at, not built around silently.
 */
export function leftOutModule(file: string, code: string): string | null {
  const entry = LEFT_OUT[file];
  if (!entry) return null;
  const names = exportedNames(code).sort();
  if (names.join() !== [...entry.exports].sort().join())
    throw new Error(
      `arrow-without-unused-codecs: apache-arrow/${file} exports ${names.join(', ')}, expected ${entry.exports.join(', ')}`,
    );
  return `function leftOut() { throw new Error(${JSON.stringify(LEFT_OUT_MESSAGE)}); }\n${entry.stub}\n`;
}

/**
 * Visitors only Arrow's write and search methods reach: `set` (Vector.set, RecordBatch.set,
 * assigning a struct row's field, the builders) and `indexOf` (Vector.indexOf and includes).
 * Uptake only reads values (`get`, `toJSON`, in lib/db/arrow-rows.ts); the classes call these
 * visitors' `getVisitFn…` once when Arrow loads, to fill their prototypes, so tree-shaking keeps them.
 */
export const LEFT_OUT_VISITORS: readonly string[] = ['visitor/set.mjs', 'visitor/indexof.mjs'];

/**
 * The stand-in for a visitor module in LEFT_OUT_VISITORS: every export of the installed module,
 * its `instance` handing out functions that throw LEFT_OUT_MESSAGE, a class that throws when
 * made, any other name a throwing function. Throws when the module has no `instance`.
 */
export function leftOutVisitor(file: string, code: string): string {
  const names = exportedNames(code);
  if (!names.includes('instance'))
    throw new Error(`arrow-without-unused-codecs: apache-arrow/${file} exports no visitor instance`);
  const others = names.filter((name) => name !== 'instance');
  return [
    `function leftOut() { throw new Error(${JSON.stringify(LEFT_OUT_MESSAGE)}); }`,
    'export const instance = { visit: leftOut, getVisitFn: () => leftOut, getVisitFnByTypeId: () => leftOut };',
    ...others.map((name) =>
      /^[A-Z]/.test(name) ? `export class ${name} { constructor() { leftOut(); } }` : `export const ${name} = leftOut;`,
    ),
    '',
  ].join('\n');
}

/**
 * A static `encode` that makes a flatbuffers Builder and returns its bytes: `Message.encode`
 * (a schema or batch header, for the IPC writer) and `Footer.encode` (an IPC file's footer).
 */
const BUILDER_ENCODE =
  /static encode\((message|footer)\) \{\n\s+const b = new Builder\(\);[\s\S]*?return b\.asUint8Array\(\);\n\s+\}/g;
/** The encoders the message module hangs on Field, Schema, RecordBatch, … as static `encode`. */
const ENCODE_MEMBERS = /^(\w+)\['encode'\] = (encode\w+);\n/gm;
const ENCODERS = ['Field', 'Schema', 'RecordBatch', 'DictionaryBatch', 'FieldNode', 'BufferRegion'];
/** Per Arrow module: the Builder-making `encode` it defines, and the encoders it hangs on classes. */
const ENCODING: Readonly<Record<string, { builder: string; members: readonly string[] }>> = {
  'ipc/metadata/message.mjs': { builder: 'message', members: ENCODERS },
  'ipc/metadata/file.mjs': { builder: 'footer', members: [] },
};

/**
 * Arrow module `file` (a path inside the package) without its encoders, or null for a module
 * that has none to drop: `Message.encode` and `Footer.encode` throw LEFT_OUT_MESSAGE and
 * Field, Schema, RecordBatch, … get no static `encode`, so the encoding functions and the
 * flatbuffers Builder go unused and tree-shaking drops them. The decoders the reader uses
 * stay. Throws unless exactly the expected encoders are found.
 */
export function withoutEncoders(file: string, code: string): string | null {
  const expected = ENCODING[file];
  if (!expected) return null;
  const bodies = [...code.matchAll(BUILDER_ENCODE)].map((m) => m[1]);
  const members = [...code.matchAll(ENCODE_MEMBERS)].map((m) => m[1]);
  if (bodies.join() !== expected.builder || members.join() !== expected.members.join())
    throw new Error(
      `arrow-without-unused-codecs: expected encode(${expected.builder}) and static encoders of ${expected.members.join(', ') || 'nothing'} in apache-arrow/${file}, found encode(${bodies.join(', ')}) and ${members.join(', ') || 'nothing'}`,
    );
  return code
    .replace(BUILDER_ENCODE, `static encode() { throw new Error(${JSON.stringify(LEFT_OUT_MESSAGE)}); }`)
    .replace(ENCODE_MEMBERS, '');
}

/** A module's path inside the apache-arrow package, or undefined for any other module. */
function arrowFile(id: string): string | undefined {
  return /[\\/]node_modules[\\/]apache-arrow[\\/](.+)$/.exec(id)?.[1]?.replaceAll('\\', '/');
}

/**
 * Leaves out of the engine client's chunk what of Apache Arrow only writing IPC, reading
 * Arrow's JSON format, or writing into and searching vectors reaches (the modules in LEFT_OUT
 * and LEFT_OUT_VISITORS, the encoders, the flatbuffers Builder): the reader keeps them only
 * because they hang on the classes it uses.
 */
export function arrowWithoutUnusedCodecs(): Plugin {
  return {
    name: 'uptake:arrow-without-unused-codecs',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const file = arrowFile(id);
      if (file === undefined) return null;
      if (LEFT_OUT_VISITORS.includes(file)) return leftOutVisitor(file, readFileSync(id, 'utf8'));
      return file in LEFT_OUT ? leftOutModule(file, readFileSync(id, 'utf8')) : null;
    },
    transform(code, id) {
      const file = arrowFile(id);
      const out = file === undefined ? null : withoutEncoders(file, code);
      return out === null ? null : { code: out, map: null };
    },
  };
}
