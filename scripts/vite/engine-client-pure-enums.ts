import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';
import { editEngineClient } from './edit-engine-client.ts';
import { type EstreeNode as Node, identifierName, walk } from './estree-walk.ts';

const PURE = '/* @__PURE__ */ ';

/** A member of `p` assigned a literal: `p.X = "X"` (a string enum's member). */
function isLiteralMember(node: Node, p: string, allowNumericKey: boolean): boolean {
  if (node.type !== 'AssignmentExpression' || node.operator !== '=') return false;
  const left = node.left as Node;
  if (left.type !== 'MemberExpression' || identifierName(left.object) !== p) return false;
  if ((node.right as Node).type !== 'Literal') return false;
  if (!left.computed) return identifierName(left.property) !== undefined;
  // A numeric enum's member: `p[p.X = 0] = "X"`, its name under its number and its number under its name.
  return allowNumericKey && isLiteralMember(left.property as Node, p, false);
}

/**
 * Whether `init` is an enum object as TypeScript compiles one through esbuild:
 * `(p => (p[p.A = 0] = "A", p.B = "B", …, p))(name || {})`: a call that only sets literal
 * members on the object it is given, here a new one, and returns it.
 */
function isEnumObject(init: Node, name: string): boolean {
  if (init.type !== 'CallExpression') return false;
  const callee = init.callee as Node;
  const args = init.arguments as Node[];
  if (callee.type !== 'ArrowFunctionExpression' || (callee.params as Node[]).length !== 1 || args.length !== 1)
    return false;
  const p = identifierName((callee.params as Node[])[0]);
  const arg = args[0]!;
  const fresh =
    arg.type === 'LogicalExpression' &&
    arg.operator === '||' &&
    identifierName(arg.left) === name &&
    (arg.right as Node).type === 'ObjectExpression' &&
    (arg.right as Node & { properties: unknown[] }).properties.length === 0;
  const body = callee.body as Node;
  if (!p || !fresh || body.type !== 'SequenceExpression') return false;
  const steps = body.expressions as Node[];
  return identifierName(steps.at(-1)) === p && steps.slice(0, -1).every((step) => isLiteralMember(step, p, true));
}

/**
 * The client's code with each enum object's making call marked pure, or the code unchanged
 * when it has none. esbuild compiles a TypeScript enum to `var E = (p => (…, p))(E || {})`,
 * and a bundler cannot tell that call has no effect, so the client's enums stay in the build
 * whether used or not (the request and response types, log levels, token types, status
 * codes). Marked pure, those the app never reads go. Only a call that sets literal members
 * on a new object and returns it is marked, and only for a variable declared once and never
 * assigned elsewhere, so `E || {}` is a new object and the mark is true. Returns the names marked.
 */
export function withPureEnums(code: string): { code: string; enums: string[] } {
  const ast = parseAst(code) as unknown as Node;
  const writes = new Map<string, number>();
  const candidates: { name: string; init: Node }[] = [];
  for (const [node] of walk(ast)) {
    const declared = node.type === 'VariableDeclarator' ? identifierName(node.id) : undefined;
    const assigned = node.type === 'AssignmentExpression' ? identifierName(node.left) : undefined;
    const name = declared ?? assigned;
    if (name !== undefined) writes.set(name, (writes.get(name) ?? 0) + 1);
    if (declared !== undefined && node.init && isEnumObject(node.init as Node, declared))
      candidates.push({ name: declared, init: node.init as Node });
  }
  const enums = candidates.filter(({ name }) => writes.get(name) === 1);
  let out = code;
  for (const { init } of [...enums].sort((a, b) => b.init.start - a.init.start))
    out = out.slice(0, init.start) + PURE + out.slice(init.start);
  return { code: out, enums: enums.map(({ name }) => name) };
}

/**
 * Lets tree-shaking drop the enum objects of DuckDB-WASM's client that the app never reads
 * (see withPureEnums): 0.3 kB gzip less in the engine client, which the first chart waits for.
 * Fails the build if it finds none, so a DuckDB-WASM release that compiles enums otherwise
 * is looked at.
 */
export function engineClientPureEnums(): Plugin {
  return editEngineClient('uptake:engine-client-pure-enums', (code) => {
    const { code: out, enums } = withPureEnums(code);
    if (enums.length === 0)
      throw new Error("engine-client-pure-enums: found no enum object in DuckDB-WASM's client to mark");
    return out;
  });
}
