/** An ESTree node as rolldown's parser returns it (with source offsets). */
export interface EstreeNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is EstreeNode {
  return typeof value === 'object' && value !== null && typeof (value as EstreeNode).type === 'string';
}

/** Every node under `root` (itself first) with its parent, depth first. */
export function* walk(root: EstreeNode, parent: EstreeNode | null = null): Generator<[EstreeNode, EstreeNode | null]> {
  yield [root, parent];
  for (const value of Object.values(root)) {
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield* walk(child, root);
  }
}

/** The name of an Identifier node, or undefined for any other node (or none). */
export function identifierName(node: unknown): string | undefined {
  return isNode(node) && node.type === 'Identifier' ? (node.name as string) : undefined;
}
