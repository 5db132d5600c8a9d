import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { arrowReaderForEngineResults } from './scripts/vite/arrow-reader-for-engine-results.ts';
import { arrowWithoutUnusedCodecs } from './scripts/vite/arrow-without-unused-codecs.ts';
import { cspMeta } from './scripts/vite/csp-meta.ts';
import { engineChunkWithoutArrowWriter } from './scripts/vite/engine-chunk-without-arrow-writer.ts';
import { engineClientPackageInfo } from './scripts/vite/engine-client-package-info.ts';
import { engineClientPureEnums } from './scripts/vite/engine-client-pure-enums.ts';
import { precompress } from './scripts/vite/precompress.ts';
import { preloadWasm } from './scripts/vite/preload-wasm.ts';
import { prerenderLanding } from './scripts/vite/prerender.ts';
import { sharedBabelHelpers } from './scripts/vite/shared-babel-helpers.ts';

const shim = (file: string) => fileURLToPath(new URL(`./scripts/vite/shims/${file}`, import.meta.url));
const rechartsModules = join(dirname(createRequire(import.meta.url).resolve('recharts/package.json')), 'es6');

export default defineConfig({
  plugins: [
    react(),
    sharedBabelHelpers(rechartsModules),
    engineChunkWithoutArrowWriter(),
    engineClientPackageInfo(),
    engineClientPureEnums(),
    arrowWithoutUnusedCodecs(),
    arrowReaderForEngineResults(),
    preloadWasm('uptake:preload-duckdb-wasm', () => /duckdb-eh.*\.wasm$/),
    // The landing chart drawn into index.html from a build-time snapshot, checked live by the page.
    prerenderLanding(),
    cspMeta(),
    precompress(fileURLToPath(new URL('./.cache/precompress', import.meta.url))),
  ],
  resolve: {
    // Recharts' small dependencies, each replaced by exactly the part Recharts uses under
    // React 19, for 1.2 kB gzip less in the first view (see each shim; unit tests compare
    // them with the packages).
    alias: [
      // React 19 has useSyncExternalStore, so the shim's with-selector is the same code as the
      // plain one react-redux already imports: one copy, and no shim.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
      { find: /^react-is$/, replacement: shim('react-is.ts') },
      { find: /^eventemitter3$/, replacement: shim('event-emitter.ts') },
    ],
  },
  // DuckDB-WASM ships its own workers and WASM; pre-bundling would break their URLs.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    target: 'es2022',
    // The WASM files are ~34 MB; they are served, never inlined.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    // Every browser the es2022 target reaches but Safari 16 preloads modules natively; there
    // the polyfill only fetched them early, and without it they still load when imported.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // React, React DOM and the scheduler serve every view: one chunk, rather than spread
        // over whichever shared chunks the sections happen to have in common (0.5 kB gzip less
        // for the first view, whose chunks then compress together).
        codeSplitting: { groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
    },
  },
  worker: { format: 'es' },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'sql',
          include: ['test/sql/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
          // expect.poll waits for what the page will show; Vitest's default 1 s is less than a
          // busy 2-core machine needs for an import to publish. The assertions are unchanged.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
