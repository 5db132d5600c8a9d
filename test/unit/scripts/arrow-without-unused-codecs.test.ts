import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LEFT_OUT,
  LEFT_OUT_MESSAGE,
  exportedNames,
  LEFT_OUT_VISITORS,
  leftOutModule,
  leftOutVisitor,
  withoutEncoders,
} from '../../../scripts/vite/arrow-without-unused-codecs';

// The package's main file sits at its root, beside the modules (its exports hide package.json).
const arrowDir = `${dirname(createRequire(import.meta.url).resolve('apache-arrow'))}/`;

/** The stand-in module's exports, evaluated. */
function evaluate(stub: string): Record<string, unknown> {
  const body = stub
    .replace(/export class (\w+)/g, 'class $1')
    .replace(/export const (\w+)/g, 'const $1')
    .replace(/export \{([^}]*)\};/, (_, list: string) => {
      const pairs = list.split(',').map((p) => p.trim().split(/\s+as\s+/));
      return `return { ${pairs.map(([from, to]) => `${to}: ${from}`).join(', ')} };`;
    });
  const names = [...stub.matchAll(/export (?:class|const) (\w+)/g)].map((m) => m[1]);
  return new Function(names.length > 0 ? `${body}\nreturn { ${names.join(', ')} };` : body)() as Record<
    string,
    unknown
  >;
}

describe('Arrow without unused codecs (Vite plugin)', () => {
  it('finds the expected exports in the installed Arrow modules', () => {
    for (const [file, { exports }] of Object.entries(LEFT_OUT)) {
      const names = exportedNames(readFileSync(`${arrowDir}${file}`, 'utf8'));
      expect([file, names.sort()]).toEqual([file, [...exports].sort()]);
    }
  });

  it('replaces each with a module of the same exports, each throwing the message when used', () => {
    const assembler = evaluate(
      leftOutModule('visitor/typeassembler.mjs', readFileSync(`${arrowDir}visitor/typeassembler.mjs`, 'utf8'))!,
    );
    expect(Object.keys(assembler).sort()).toEqual(['TypeAssembler', 'instance']);
    expect(() => (assembler.instance as { visit(): void }).visit()).toThrow(LEFT_OUT_MESSAGE);
    expect(() => new (assembler.TypeAssembler as new () => unknown)()).toThrow(LEFT_OUT_MESSAGE);

    const json = evaluate(
      leftOutModule('ipc/metadata/json.mjs', readFileSync(`${arrowDir}ipc/metadata/json.mjs`, 'utf8'))!,
    );
    expect(Object.keys(json).sort()).toEqual([
      'dictionaryBatchFromJSON',
      'fieldFromJSON',
      'recordBatchFromJSON',
      'schemaFromJSON',
    ]);
    for (const fn of Object.values(json)) expect(() => (fn as () => void)()).toThrow(LEFT_OUT_MESSAGE);
  });

  it('reads declared and listed exports', () => {
    expect(exportedNames('export class A {}\nexport const b = 1;\nexport { C_ as C, d };\nconst e = 2;')).toEqual([
      'A',
      'b',
      'C',
      'd',
    ]);
  });

  it('keeps every other module, and refuses one whose exports changed', () => {
    expect(leftOutModule('ipc/reader.mjs', 'export class RecordBatchReader {}')).toBeNull();
    expect(() => leftOutModule('ipc/metadata/json.mjs', 'export function schemaFromJSON() {}')).toThrow(
      /exports schemaFromJSON, expected schemaFromJSON, recordBatchFromJSON/,
    );
  });

  it('drops Message.encode and the static encoders of the installed message module', () => {
    const message = readFileSync(`${arrowDir}ipc/metadata/message.mjs`, 'utf8');
    const out = withoutEncoders('ipc/metadata/message.mjs', message)!;
    expect(message).toContain('new Builder()');
    expect(out).not.toContain('new Builder()');
    expect(out).not.toMatch(/\['encode'\] =/);
    // Each decoder and JSON reader is still hung on its class.
    for (const member of [
      "Schema['decode'] = decodeSchema;",
      "RecordBatch['decode'] = decodeRecordBatch;",
      'static decode(',
    ])
      expect(out).toContain(member);
    expect(out).toContain(`static encode() { throw new Error(${JSON.stringify(LEFT_OUT_MESSAGE)}); }`);
    // Only the encoders changed: what precedes Message.encode is the same text.
    const at = message.indexOf('static encode(message)');
    expect(out.slice(0, at)).toBe(message.slice(0, at));

    const footer = readFileSync(`${arrowDir}ipc/metadata/file.mjs`, 'utf8');
    const footerOut = withoutEncoders('ipc/metadata/file.mjs', footer)!;
    expect(footer).toContain('new Builder()');
    expect(footerOut).not.toContain('new Builder()');
    expect(footerOut).toContain('static decode(');
  });

  it('leaves other modules alone and refuses a message module whose encoders changed', () => {
    expect(withoutEncoders('ipc/reader.mjs', 'static encode(message) {}')).toBeNull();
    expect(() => withoutEncoders('ipc/metadata/message.mjs', "Field['encode'] = encodeField;\n")).toThrow(
      /expected encode\(message\) and static encoders of Field, Schema, RecordBatch, DictionaryBatch, FieldNode, BufferRegion in apache-arrow\/ipc\/metadata\/message\.mjs, found encode\(\) and Field/,
    );
  });

  it('replaces the set and indexOf visitors with every one of their exports, each throwing the message', () => {
    for (const file of LEFT_OUT_VISITORS) {
      const source = readFileSync(`${arrowDir}${file}`, 'utf8');
      const names = exportedNames(source);
      expect(names).toContain('instance');
      const stub = leftOutVisitor(file, source);
      expect(exportedNames(stub).sort()).toEqual([...names].sort());
      const instance = evaluate(stub).instance as {
        visit(): void;
        getVisitFn(type: number): () => void;
        getVisitFnByTypeId(type: number): () => void;
      };
      // Arrow's classes take these functions when they load: taking them must not throw, calling them must.
      expect(() => instance.getVisitFnByTypeId(5)()).toThrow(LEFT_OUT_MESSAGE);
      expect(() => instance.getVisitFn(13)()).toThrow(LEFT_OUT_MESSAGE);
      expect(() => instance.visit()).toThrow(LEFT_OUT_MESSAGE);
    }
    expect(() => leftOutVisitor('visitor/set.mjs', 'export class SetVisitor {}')).toThrow(
      /exports no visitor instance/,
    );
  });
});
