/**
 * The one part of react-is that Recharts imports (`isFragment`, to flatten fragments among a
 * chart's children), for React 19 elements. react-is classifies every kind of React node to
 * answer it; the answer is true exactly for an element whose type is the Fragment symbol.
 * Aliased for `react-is` in vite.config.ts: any other import of the package fails the build.
 */
const ELEMENT = Symbol.for('react.transitional.element');
const FRAGMENT = Symbol.for('react.fragment');

/** Whether `value` is a React 19 `<>…</>` / `<Fragment>` element, as react-is 19 answers it. */
export function isFragment(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as { $$typeof?: unknown; type?: unknown };
  return node.$$typeof === ELEMENT && node.type === FRAGMENT;
}
