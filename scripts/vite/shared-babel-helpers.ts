import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Babel's helpers as it writes them out, one declaration a line, at the top of a compiled
 * module. They read only globals and each other, so one copy can serve every module.
 */
const HELPER_NAMES = [
  'ownKeys',
  '_objectSpread',
  '_defineProperty',
  '_toPropertyKey',
  '_toPrimitive',
  '_extends',
  '_objectWithoutProperties',
  '_objectWithoutPropertiesLoose',
  '_slicedToArray',
  '_nonIterableRest',
  '_unsupportedIterableToArray',
  '_arrayLikeToArray',
  '_iterableToArrayLimit',
  '_arrayWithHoles',
  '_taggedTemplateLiteral',
];
const HELPER_LINE = new RegExp(`^function (${HELPER_NAMES.join('|')})\\(.*\\}$`);
const VIRTUAL_ID = '\0uptake:shared-babel-helpers';
const IMPORT_ID = 'virtual:uptake-shared-babel-helpers';

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The helper text the package's modules share, per helper: the most frequent line (ties
 * broken by the text, so every build picks the same).
 */
export function commonHelpers(sources: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const source of sources)
    for (const line of source.split('\n')) {
      const name = HELPER_LINE.exec(line)?.[1];
      if (!name) continue;
      const variants = counts.get(name) ?? new Map<string, number>();
      variants.set(line, (variants.get(line) ?? 0) + 1);
      counts.set(name, variants);
    }
  const common = new Map<string, string>();
  for (const [name, variants] of counts) {
    const [line] = [...variants].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    common.set(name, line);
  }
  return common;
}

/**
 * A module with its helper declarations replaced by one import of the shared copies, or
 * null when it has none or any of its helpers differs from the shared text (then it keeps
 * its own, untouched). Removed lines stay as empty lines and the import goes last (imports
 * are hoisted), so every other line keeps its place and the source map stays exact.
 */
export function useSharedHelpers(code: string, common: ReadonlyMap<string, string>, importId: string): string | null {
  const used: string[] = [];
  const lines = code.split('\n');
  for (const [i, line] of lines.entries()) {
    const name = HELPER_LINE.exec(line)?.[1];
    if (!name) continue;
    if (common.get(name) !== line) return null;
    used.push(name);
    lines[i] = '';
  }
  if (used.length === 0) return null;
  return `${lines.join('\n')}\nimport { ${used.join(', ')} } from ${JSON.stringify(importId)};\n`;
}

/** The module the shared helpers live in. */
export function helpersModule(common: ReadonlyMap<string, string>): string {
  return `${[...common.values()].join('\n')}\nexport { ${[...common.keys()].join(', ')} };\n`;
}

/**
 * Recharts ships its ES modules compiled by Babel with the helpers (`_objectSpread`,
 * `_defineProperty`, …) written into each of some 80 modules. Minified, every copy gets
 * other names, so gzip cannot fold them: about 7 kB of the first view's gzipped JS. This
 * build step gives those modules one shared copy of the very same functions instead.
 * `packageDir` is the folder of the package's ES modules (e.g. node_modules/recharts/es6).
 */
export function sharedBabelHelpers(packageDir: string): Plugin {
  let common = new Map<string, string>();
  const prefix = packageDir.endsWith('/') ? packageDir : `${packageDir}/`;
  return {
    name: 'uptake:shared-babel-helpers',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      common = commonHelpers(jsFiles(packageDir).map((file) => readFileSync(file, 'utf8')));
    },
    resolveId(id) {
      return id === IMPORT_ID ? VIRTUAL_ID : null;
    },
    load(id) {
      return id === VIRTUAL_ID ? helpersModule(common) : null;
    },
    transform(code, id) {
      if (!id.startsWith(prefix)) return null;
      const shared = useSharedHelpers(code, common, IMPORT_ID);
      return shared === null ? null : { code: shared, map: null };
    },
  };
}
