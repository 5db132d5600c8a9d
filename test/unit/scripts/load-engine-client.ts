import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The installed DuckDB-WASM browser client's path (one pre-bundled module). */
export const ENGINE_CLIENT_PATH = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser.mjs');

/**
 * Loads a version of DuckDB-WASM's browser client in Node and returns its exports: the code
 * is written to a temporary file, its Arrow import pointed at the installed package, with a
 * stand-in Worker while it loads (it makes its worker factory then; Node has none).
 */
export async function loadEngineClient(code: string): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'engine-client-'));
  const arrow = pathToFileURL(join(dirname(require.resolve('apache-arrow')), 'Arrow.dom.mjs')).href;
  const file = join(dir, 'client.mjs');
  const withoutMap = code.replace(/\/\/# sourceMappingURL=.*$/m, '');
  writeFileSync(file, withoutMap.replaceAll('from"apache-arrow"', `from${JSON.stringify(arrow)}`));
  const global = globalThis as { Worker?: unknown };
  const saved = global.Worker;
  global.Worker = class {};
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } finally {
    global.Worker = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}
