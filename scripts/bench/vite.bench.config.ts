/**
 * Build of the benchmark's own pages (scripts/bench/page/*.html) into .cache/bench/pages,
 * apart from the app's dist/, so the app's initial bundle stays exactly what `vite build`
 * ships. The pages import the app's own modules (src/lib/db/*, the feature api and model
 * modules) and expose timing functions on `window` for playwright to call.
 *
 *   vite build --config scripts/bench/vite.bench.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from '../vite/precompress.ts';
import { preloadWasm } from '../vite/preload-wasm.ts';

const pageDir = fileURLToPath(new URL('./page/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Which DuckDB WASM each page preloads, like the app's index.html does for its own bundle. */
const PRELOAD: Readonly<Record<string, RegExp>> = {
  '/bare.html': /duckdb-eh.*\.wasm$/,
  '/bare-coi.html': /duckdb-coi.*\.wasm$/,
  '/floor.html': /duckdb-eh.*\.wasm$/,
};

export default defineConfig({
  root: pageDir,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  // Compressed like the app's build, so the bare-boot reference downloads the WASM the same way.
  plugins: [
    preloadWasm('uptake-bench:preload-wasm', (path) => PRELOAD[path]),
    precompress(`${repoRoot}.cache/precompress`),
  ],
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
        floor: `${pageDir}floor.html`,
      },
    },
  },
  worker: { format: 'es' },
});
