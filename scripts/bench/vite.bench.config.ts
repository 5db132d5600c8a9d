/**
 * Build of the benchmark's own pages (scripts/bench/page/*.html) into .cache/bench/pages,
 * apart from the app's dist/, so the app's initial bundle stays exactly what `vite build`
 * ships. The pages import the app's own modules (src/lib/db/*, the feature api and model
 * modules) and expose timing functions on `window` for playwright to call.
 *
 *   vite build --config scripts/bench/vite.bench.config.ts
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

const pageDir = fileURLToPath(new URL('./page/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Which DuckDB WASM each page preloads, like the app's index.html does for its own bundle. */
const PRELOAD: Readonly<Record<string, RegExp>> = {
  '/bare.html': /duckdb-eh.*\.wasm$/,
  '/bare-coi.html': /duckdb-coi.*\.wasm$/,
};

function preloadWasm(): Plugin {
  return {
    name: 'uptake-bench:preload-wasm',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const pattern = PRELOAD[ctx.path];
        const wasm = pattern ? Object.keys(ctx.bundle ?? {}).find((f) => pattern.test(f)) : undefined;
        if (!wasm) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `/${wasm}`, as: 'fetch', type: 'application/wasm', crossorigin: '' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  root: pageDir,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [preloadWasm()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    outDir: `${repoRoot}.cache/bench/pages`,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 100_000,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        bare: `${pageDir}bare.html`,
        'bare-coi': `${pageDir}bare-coi.html`,
        lab: `${pageDir}lab.html`,
      },
    },
  },
  worker: { format: 'es' },
});
