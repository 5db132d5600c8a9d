import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonHelpers, helpersModule, useSharedHelpers } from '../../../scripts/vite/shared-babel-helpers';

const rechartsEs6 = join(dirname(createRequire(import.meta.url).resolve('recharts/package.json')), 'es6');
const read = (path: string) => readFileSync(join(rechartsEs6, path), 'utf8');
const IMPORT = 'virtual:helpers';

const SPREAD = 'function _objectSpread(e) { return Object.assign({}, e); }';
const SPREAD_OTHER = 'function _objectSpread(e) { return { ...e }; }';
const EXTENDS = 'function _extends() { return Object.assign.apply(null, arguments); }';

describe('shared Babel helpers (Vite plugin)', () => {
  it('takes the most frequent text of each helper as the shared one', () => {
    const common = commonHelpers([
      `${SPREAD}\n${EXTENDS}\nexport const a = 1;`,
      `${SPREAD}\nexport const b = 2;`,
      `${SPREAD_OTHER}\nexport const c = 3;`,
    ]);
    expect(common).toEqual(
      new Map([
        ['_objectSpread', SPREAD],
        ['_extends', EXTENDS],
      ]),
    );
  });

  it('replaces the helper lines by one import, every other line in its place', () => {
    const common = new Map([
      ['_objectSpread', SPREAD],
      ['_extends', EXTENDS],
    ]);
    const code = `import * as React from 'react';\n${SPREAD}\n${EXTENDS}\nexport const x = _objectSpread({});`;
    expect(useSharedHelpers(code, common, IMPORT)).toBe(
      `import * as React from 'react';\n\n\nexport const x = _objectSpread({});\nimport { _objectSpread, _extends } from "${IMPORT}";\n`,
    );
  });

  it('leaves a module alone when one of its helpers differs from the shared text, or it has none', () => {
    const common = new Map([
      ['_objectSpread', SPREAD],
      ['_extends', EXTENDS],
    ]);
    expect(useSharedHelpers(`${SPREAD_OTHER}\n${EXTENDS}\nexport {};`, common, IMPORT)).toBeNull();
    expect(useSharedHelpers(`${EXTENDS}\n${SPREAD_OTHER}\nexport {};`, common, IMPORT)).toBeNull();
    expect(useSharedHelpers('export const y = 1;\nfunction _mine() { return 2; }', common, IMPORT)).toBeNull();
  });

  it("shares every helper of recharts' own modules (none keeps a copy)", () => {
    const files = readdirSync(rechartsEs6, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const sources = files.map(read);
    const common = commonHelpers(sources);
    expect([...common.keys()].sort()).toEqual(
      [
        '_arrayLikeToArray',
        '_arrayWithHoles',
        '_defineProperty',
        '_extends',
        '_iterableToArrayLimit',
        '_nonIterableRest',
        '_objectSpread',
        '_objectWithoutProperties',
        '_objectWithoutPropertiesLoose',
        '_slicedToArray',
        '_taggedTemplateLiteral',
        '_toPrimitive',
        '_toPropertyKey',
        '_unsupportedIterableToArray',
        'ownKeys',
      ].sort(),
    );
    const withHelpers = sources.filter((s) => /^function _defineProperty\(/m.test(s));
    expect(withHelpers.length).toBeGreaterThan(50);
    for (const source of withHelpers) {
      const shared = useSharedHelpers(source, common, IMPORT);
      expect(shared).not.toBeNull();
      expect(shared!.split('\n').length).toBe(source.split('\n').length + 2);
      expect(shared).not.toMatch(/^function (_defineProperty|_objectSpread|ownKeys)\(/m);
    }
  });

  it("the shared module's helpers do what Babel's helpers do", async () => {
    const common = commonHelpers([read('component/Tooltip.js'), read('component/Label.js'), read('shape/Curve.js')]);
    const url = `data:text/javascript;base64,${Buffer.from(helpersModule(common)).toString('base64')}`;
    const h = (await import(/* @vite-ignore */ url)) as Record<string, (...args: unknown[]) => unknown>;
    const symbol = Symbol('s');
    expect(h._objectSpread!({ a: 1, b: 1 }, { b: 2, [symbol]: 3 })).toEqual({ a: 1, b: 2, [symbol]: 3 });
    expect(h._defineProperty!({}, 'k', 5)).toEqual({ k: 5 });
    expect(h._extends!({ a: 1 }, { b: 2 })).toEqual({ a: 1, b: 2 });
    expect(h._objectWithoutProperties!({ a: 1, b: 2, c: 3 }, ['a', 'c'])).toEqual({ b: 2 });
    // An array is destructured as it is; any other iterable is read only as far as needed.
    const array = [1, 2, 3];
    expect(h._slicedToArray!(array, 2)).toBe(array);
    expect(h._slicedToArray!(new Set(['x', 'y', 'z']), 2)).toEqual(['x', 'y']);
    expect(() => h._slicedToArray!(42, 2)).toThrow(TypeError);
  });
});
