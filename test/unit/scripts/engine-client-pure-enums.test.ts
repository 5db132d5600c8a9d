import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { engineClientPureEnums, withPureEnums } from '../../../scripts/vite/engine-client-pure-enums';
import { ENGINE_CLIENT_PATH, loadEngineClient } from './load-engine-client';
import { bundleEntry } from './bundle-entry';

const client = readFileSync(ENGINE_CLIENT_PATH, 'utf8');

/** The enums DuckDB-WASM's type declarations name (some belong to its Node and worker builds). */
function declaredEnums(): Set<string> {
  const types = join(dirname(ENGINE_CLIENT_PATH), 'types');
  const files = readdirSync(types, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'));
  return new Set(
    files.flatMap((f) =>
      [...readFileSync(join(types, f), 'utf8').matchAll(/export declare enum (\w+)/g)].map((m) => m[1]!),
    ),
  );
}

/** The client bundled for the browser from an entry that reads only DuckDBDataProtocol (not minified). */
function bundleUsingOneEnum(plugins: Plugin[]): Promise<string> {
  return bundleEntry(`export { DuckDBDataProtocol } from ${JSON.stringify(ENGINE_CLIENT_PATH)};`, plugins);
}

describe('engine client pure enums (Vite plugin)', () => {
  it('marks every enum the installed client exports, and its exports keep their values', async () => {
    const { code, enums } = withPureEnums(client);
    const original = await loadEngineClient(client);
    const exportedEnums = Object.keys(original).filter((name) => declaredEnums().has(name));
    expect(exportedEnums.length).toBeGreaterThanOrEqual(8);
    expect(enums.length).toBe(exportedEnums.length);
    // Only the marks were added.
    expect(code.replaceAll('/* @__PURE__ */ ', '')).toBe(client);
    const marked = await loadEngineClient(code);
    for (const name of exportedEnums) expect([name, marked[name]]).toEqual([name, original[name]]);
  });

  it('lets tree-shaking drop the enums nothing reads and keeps the one read', async () => {
    const without = await bundleUsingOneEnum([]);
    const withMarks = await bundleUsingOneEnum([engineClientPureEnums() as Plugin]);
    for (const member of ['CANCEL_PENDING_QUERY', 'QUERY_RESULT_CHUNK', 'IDENTIFIER', 'WARNING'])
      expect([member, without.includes(`.${member} = `), withMarks.includes(`.${member} = `)]).toEqual([
        member,
        true,
        false,
      ]);
    expect(withMarks).toContain('.BROWSER_FILEREADER = 2');
  });

  it('marks only a call that sets literal members on a new object of a variable written once', () => {
    const marked = (code: string) => withPureEnums(code).enums;
    expect(marked('var E=(p=>(p.A="A",p))(E||{});')).toEqual(['E']);
    expect(marked('var E=(p=>(p[p.A=0]="A",p[p.B=1]="B",p))(E||{});')).toEqual(['E']);
    expect(withPureEnums('var E=(p=>(p.A="A",p))(E||{});').code).toBe('var E=/* @__PURE__ */ (p=>(p.A="A",p))(E||{});');
    expect(marked('var E=(p=>(p.A="A",console.log(1),p))(E||{});')).toEqual([]);
    expect(marked('var E=(p=>(p.A=f(),p))(E||{});')).toEqual([]);
    expect(marked('var E=(p=>(q.A="A",p))(E||{});')).toEqual([]);
    expect(marked('var E=(p=>(p.A="A",q))(E||{});')).toEqual([]);
    expect(marked('var E=(p=>(p.A="A",p))(F||{});')).toEqual([]);
    expect(marked('var E=(p=>(p.A="A",p))(E||{x:1});')).toEqual([]);
    expect(marked('var E={};var E=(p=>(p.A="A",p))(E||{});')).toEqual([]);
    expect(marked('var E=(p=>(p.A="A",p))(E||{});E=g();')).toEqual([]);
  });

  it('fails the build when the client has no enum to mark', () => {
    const plugin = engineClientPureEnums() as { transform: (code: string, id: string) => unknown };
    expect(() => plugin.transform('export const x = 1;', ENGINE_CLIENT_PATH)).toThrow(/found no enum object/);
    expect(plugin.transform('export const x = 1;', '/elsewhere/module.mjs')).toBeNull();
  });
});
