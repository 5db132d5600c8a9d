/**
 * Builds the app once and serves dist/ on a free localhost port for every browser test,
 * so the tests exercise the production build exactly as `npm start` serves it.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ESM script without type declarations
import { startServer } from '../../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = join(import.meta.dirname, '..', '..', '..');

export default async function setup(project: TestProject) {
  // Each run builds into a directory of its own, so two runs at once (or a run beside
  // `npm start`) never serve each other's half-written files; dist/ is left alone.
  const skipBuild = process.env.UPTAKE_SKIP_BUILD === '1';
  if (!skipBuild) mkdirSync(join(root, '.cache'), { recursive: true });
  const outDir = skipBuild ? join(root, 'dist') : mkdtempSync(join(root, '.cache', 'e2e-build-'));
  if (!skipBuild) {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--logLevel',
        'warn',
        '--outDir',
        outDir,
        '--emptyOutDir',
      ],
      { cwd: root, stdio: 'inherit' },
    );
  }
  // What the server refuses goes to a file, not the test output (the security test sends hundreds of bad requests).
  const logFile = join(root, 'test', 'e2e', 'artifacts', 'server.log');
  mkdirSync(join(logFile, '..'), { recursive: true });
  const log = (line: string) => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
  const server = (await startServer({ root: outDir, port: 0, log })) as { url: string; close: () => Promise<void> };
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    if (!skipBuild) rmSync(outDir, { recursive: true, force: true });
  };
}
