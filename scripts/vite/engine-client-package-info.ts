import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';
import { editEngineClient } from './edit-engine-client.ts';
import { type EstreeNode as Node, walk } from './estree-walk.ts';

const PACKAGE_NAME = '@duckdb/duckdb-wasm';
/** The fields of the package object the client reads (PACKAGE_NAME, PACKAGE_VERSION, its parts, the CDN URLs). */
const READ_FIELDS = new Set(['name', 'version']);

/** The literal string value of an object property `key`, or undefined. */
function stringField(object: Node, key: string): string | undefined {
  const property = (object.properties as Node[]).find(
    (p) => p.type === 'Property' && !p.computed && (p.key as Node & { name?: string }).name === key,
  );
  const value = property?.value as (Node & { value?: unknown }) | undefined;
  return value?.type === 'Literal' && typeof value.value === 'string' ? value.value : undefined;
}

/**
 * The client's code with its copy of DuckDB-WASM's package.json (name, version, scripts,
 * dev dependencies, exports map: 4 kB) cut to the two fields it reads, name and version.
 * Tree-shaking cannot drop the rest: the module reads `pkg.version` at load to split it into
 * PACKAGE_VERSION_MAJOR/MINOR/PATCH, and a property read counts as a side effect. Throws
 * unless exactly one such object is found and every other reference to it reads `.name` or
 * `.version` (a variable of the same name anywhere else counts too, so nothing is assumed).
 */
export function withPackageInfoOnly(code: string): string {
  const ast = parseAst(code) as unknown as Node;
  const found: { name: string; init: Node }[] = [];
  for (const [node] of walk(ast)) {
    const init = node.init as Node | undefined;
    if (node.type !== 'VariableDeclarator' || init?.type !== 'ObjectExpression') continue;
    if (stringField(init, 'name') === PACKAGE_NAME)
      found.push({ name: (node.id as Node & { name: string }).name, init });
  }
  if (found.length !== 1)
    throw new Error(
      `engine-client-package-info: expected one package object in DuckDB-WASM's client, found ${found.length}`,
    );
  const [{ name, init }] = found as [{ name: string; init: Node }];
  const version = stringField(init, 'version');
  if (version === undefined) throw new Error('engine-client-package-info: the package object has no version string');
  for (const [node, parent] of walk(ast)) {
    if (node.type !== 'Identifier' || (node as Node & { name: string }).name !== name || !parent) continue;
    const declaration = parent.type === 'VariableDeclarator' && parent.id === node;
    const asKey =
      (parent.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) ||
      (parent.type === 'MemberExpression' && parent.property === node && !parent.computed);
    const readsField =
      parent.type === 'MemberExpression' &&
      parent.object === node &&
      !parent.computed &&
      READ_FIELDS.has((parent.property as Node & { name: string }).name);
    if (!declaration && !asKey && !readsField)
      throw new Error(
        `engine-client-package-info: ${name} is used other than as ${name}.name or ${name}.version: ${code.slice(parent.start, parent.end).slice(0, 80)}`,
      );
  }
  const info = `{name:${JSON.stringify(PACKAGE_NAME)},version:${JSON.stringify(version)}}`;
  return code.slice(0, init.start) + info + code.slice(init.end);
}

/**
 * Keeps of the copy of package.json that DuckDB-WASM's client carries only the name and
 * version it reads (see withPackageInfoOnly): 1.2 kB gzip less in the engine client, which
 * the first chart waits for.
 */
export function engineClientPackageInfo(): Plugin {
  return editEngineClient('uptake:engine-client-package-info', withPackageInfoOnly);
}
