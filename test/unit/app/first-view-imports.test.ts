import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const src = join(root, 'src');

/** Static imports of a module (`import … from '…'`, `export … from '…'`); `import('…')` is lazy and not followed. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    const statement = m[0];
    if (/^\s*(?:import|export)\s+type\s/.test(statement)) continue; // erased at build
    found.push(m[1]!);
  }
  return found;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = join(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      if (/\.(ts|tsx)$/.test(candidate)) return candidate;
      return null; // an asset (a CSV, a stylesheet)
    }
  return null;
}

/** Names a module imports from `pkg` by a static `import { a, b as c } from 'pkg'` (types left out). */
function namedImports(file: string, pkg: string): string[] {
  const code = readFileSync(file, 'utf8');
  const names: string[] = [];
  for (const m of code.matchAll(/^\s*import\s+(?!type\s)\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/gm)) {
    if (m[2] !== pkg) continue;
    for (const part of m[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0]!;
      if (name && !name.startsWith('type ')) names.push(name);
    }
  }
  return names;
}

/** Every package the first view loads before any lazy import, with the first module that pulls each in. */
function firstViewPackages(): Map<string, string> {
  return firstViewGraph().packages;
}

/** The first view's static graph: its source files, and each package with the first module that imports it. */
function firstViewGraph(): { files: Set<string>; packages: Map<string, string> } {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  // The entry, and what it loads at once to draw the first chart (src/main.tsx imports both).
  const queue = [join(src, 'main.tsx'), join(src, 'app', 'render.tsx'), join(src, 'lib', 'db', 'browser-engine.ts')];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next) queue.push(next);
      } else {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, relative(root, file));
      }
    }
  }
  return { files: seen, packages };
}

describe("the first view's static import graph", () => {
  const packages = firstViewPackages();

  it('reaches the engine, React and the chart library (the walk follows real imports)', () => {
    expect([...packages.keys()]).toEqual(
      expect.arrayContaining(['react', 'react-dom', 'recharts', '@duckdb/duckdb-wasm', '@tanstack/react-query']),
    );
  });

  it("does not load Recharts' tooltip before the first chart (lib/ui/chart-tooltip.tsx loads it beside the chart)", () => {
    const { files } = firstViewGraph();
    const importers = [...files].filter((file) => namedImports(file, 'recharts').includes('Tooltip'));
    expect(importers.map((file) => relative(root, file))).toEqual([]);
    // The walk does see the chart's other Recharts imports, so an empty list means something.
    expect([...files].some((file) => namedImports(file, 'recharts').includes('ScatterChart'))).toBe(true);
  });

  it('does not load model fitting or CSV parsing before the first chart (they load with their sections)', () => {
    for (const lazyOnly of ['ml-levenberg-marquardt', 'ml-matrix', 'papaparse'])
      expect(packages.get(lazyOnly), `${lazyOnly} is imported by ${packages.get(lazyOnly)}`).toBeUndefined();
  });
});
