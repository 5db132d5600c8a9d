/**
 * Builds the app once and serves dist/ on a free localhost port for every browser test,
 * so the tests exercise the production build exactly as `npm start` serves it.
 */
import { execFileSync } from 'node:child_process';
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
  if (process.env.UPTAKE_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const server = (await startServer({ root: join(root, 'dist'), port: 0 })) as { url: string; close: () => Promise<void> };
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
