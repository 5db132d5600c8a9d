import type { Plugin } from 'vite';

/**
 * Start fetching DuckDB's WASM while the page's code is still downloading: the worker asks
 * for it only after the bundle has run, so without a preload the two downloads queue.
 * `pick` says, per HTML page, which emitted `.wasm` file to preload (none when undefined).
 * Used by the app's build and the bench pages' build.
 */
export function preloadWasm(name: string, pick: (htmlPath: string) => RegExp | undefined): Plugin {
  return {
    name,
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const pattern = pick(ctx.path);
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
