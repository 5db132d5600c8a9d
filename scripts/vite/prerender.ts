import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import type { LandingPrerender } from './prerender-landing.ts';

/**
 * Paint the landing chart before any script runs: at build time, take the Adoption view's
 * rows with the app's own SQL on DuckDB in Node and put its panel into index.html as static
 * SVG inside `#root`, with the rows beside it as JSON (data, which the CSP lets through).
 * The page then checks the snapshot against the live engine (features/adoption). Build only:
 * the dev server has no snapshot and waits for the engine.
 */
export function prerenderLanding(): Plugin {
  let landing: Promise<LandingPrerender> | undefined;
  return {
    name: 'uptake:prerender-landing',
    apply: 'build',
    buildStart() {
      // Started with the build, so DuckDB and the drawing run while the bundle is made.
      landing ??= render();
      landing.catch(() => undefined);
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { markup, data, scriptId } = await (landing ??= render());
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error(`index.html needs an empty ${root} for the landing snapshot`);
        const json = `<script type="application/json" id="${scriptId}">${data}</script>`;
        return html.replace(root, `<div id="root">${markup}</div>\n    ${json}`);
      },
    },
  };
}

/**
 * The landing module loaded through a Vite server of its own in middleware mode (no port,
 * no watcher), closed once the snapshot is drawn: its modules import further modules while
 * they run, which a one-shot `runnerImport` would no longer serve.
 */
async function render(): Promise<LandingPrerender> {
  const started = performance.now();
  const server = await createServer({
    configFile: false,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule(
      fileURLToPath(new URL('./prerender-landing.ts', import.meta.url)),
    )) as typeof import('./prerender-landing.ts');
    const landing = await module.prerenderLanding(new Date());
    console.log(
      `uptake:prerender-landing: ${landing.figures} figures in ${Math.round(performance.now() - started)} ms`,
    );
    return landing;
  } finally {
    await server.close();
  }
}
