import type { Plugin } from 'vite';

/** DuckDB-WASM's browser API, one pre-bundled module. */
const CLIENT = /[\\/]@duckdb[\\/]duckdb-wasm[\\/]dist[\\/]duckdb-browser\.mjs$/;

/**
 * A build plugin that rewrites DuckDB-WASM's browser API module with `edit`, and no other
 * module. `edit` throws when the module no longer looks as it expects, so a library
 * upgrade fails the build and is looked at instead of being built around.
 */
export function editEngineClient(name: string, edit: (code: string) => string): Plugin {
  return {
    name,
    apply: 'build',
    transform(code, id) {
      if (!CLIENT.test(id)) return null;
      return { code: edit(code), map: null };
    },
  };
}
