import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPackageInfoOnly } from '../../../scripts/vite/engine-client-package-info';
import { ENGINE_CLIENT_PATH, loadEngineClient } from './load-engine-client';

const client = readFileSync(ENGINE_CLIENT_PATH, 'utf8');
const pkg = JSON.parse(readFileSync(join(dirname(ENGINE_CLIENT_PATH), '..', 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

describe('engine client package info (Vite plugin)', () => {
  it("cuts the installed client's package object to its name and version, and changes nothing else", () => {
    const out = withPackageInfoOnly(client);
    const literal = `{name:${JSON.stringify(pkg.name)},version:${JSON.stringify(pkg.version)}}`;
    expect(out.split(literal).length - 1).toBe(1);
    for (const gone of ['devDependencies', 'karma', 'test:node', 'jsdelivr:'])
      expect([gone, out.includes(gone)]).toEqual([gone, false]);
    const at = out.indexOf(literal);
    expect(out.slice(0, at)).toBe(client.slice(0, at));
    const after = out.slice(at + literal.length);
    expect(client.endsWith(after)).toBe(true);
    expect(client.length - out.length).toBeGreaterThan(3000);
  });

  it('exports the same package name, version and its parts, and the same CDN bundles', async () => {
    const original = await loadEngineClient(client);
    const edited = await loadEngineClient(withPackageInfoOnly(client));
    const [major, minor, patch] = pkg.version.split('.');
    const expected = {
      PACKAGE_NAME: pkg.name,
      PACKAGE_VERSION: pkg.version,
      PACKAGE_VERSION_MAJOR: major,
      PACKAGE_VERSION_MINOR: minor,
      PACKAGE_VERSION_PATCH: patch,
    };
    const pick = (m: Record<string, unknown>) => Object.fromEntries(Object.keys(expected).map((k) => [k, m[k]]));
    expect(pick(original)).toEqual(expected);
    expect(pick(edited)).toEqual(expected);
    const bundles = (m: Record<string, unknown>) => (m.getJsDelivrBundles as () => unknown)();
    expect(bundles(edited)).toEqual(bundles(original));
    expect(JSON.stringify(bundles(edited))).toContain(`/npm/${pkg.name}@${pkg.version}/dist/`);
  });

  it('refuses a client whose package object is read for any other field, passed on, or missing', () => {
    const object = 'var m={name:"@duckdb/duckdb-wasm",version:"1.2.3",scripts:{a:"b"}};';
    expect(withPackageInfoOnly(`${object}var n=m.name,v=m.version.split(".");export{n,v};`)).toBe(
      'var m={name:"@duckdb/duckdb-wasm",version:"1.2.3"};var n=m.name,v=m.version.split(".");export{n,v};',
    );
    expect(() => withPackageInfoOnly(`${object}var s=m.scripts;export{s};`)).toThrow(/used other than as m\.name/);
    expect(() => withPackageInfoOnly(`${object}var s=m["scripts"];export{s};`)).toThrow(/used other than/);
    expect(() => withPackageInfoOnly(`${object}console.log(m);`)).toThrow(/used other than/);
    expect(() => withPackageInfoOnly(`${object}export{m};`)).toThrow(/used other than/);
    expect(() => withPackageInfoOnly(`${object}var o={m};export{o};`)).toThrow(/used other than/);
    // A property or member merely named like it is no use of it.
    expect(withPackageInfoOnly(`${object}var o={m:1},p=o.m;export{p};`)).toContain('var o={m:1},p=o.m;');
    expect(() => withPackageInfoOnly('var m={name:"other"};')).toThrow(/found 0/);
    expect(() => withPackageInfoOnly(`${object}${object.replace('var m', 'var k')}`)).toThrow(/found 2/);
  });
});
