/**
 * The initial JS of a build: what index.html loads (module scripts and modulepreloads,
 * plus their static imports), and the chunks the browser requested during boot, before the
 * engine was ready (e.g. the engine client the app imports dynamically). Chunks requested
 * after the engine was ready but before the first chart (the app's idle prefetch of other
 * sections) are listed and totalled apart, not counted. The DuckDB worker and WASM are not
 * part of it: they download in parallel and are budgeted apart. Each file is gzipped with
 * zlib at its default level (what Vite's build report uses), as a server would send it.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budget from issue 2: initial JS ≤ 250 kB gzipped (kB = 1000 bytes). */
export const BUNDLE_TARGET_BYTES = 250_000;

const WORKER_OR_WASM = /duckdb-browser-.*worker.*\.js$|\.wasm$/;

function attr(tag, name) {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1] ?? null;
}

/** JS URLs index.html loads up front: `<script type=module src>` and `<link rel=modulepreload href>`. */
export function htmlScripts(html) {
  const urls = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) urls.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (attr(tag, 'rel') === 'modulepreload') {
      const href = attr(tag, 'href');
      if (href) urls.push(href);
    }
  }
  return urls;
}

/** Static `import … from "./x.js"` / `import "./x.js"` of a chunk, resolved against it. */
function staticImports(code, fromUrl) {
  const out = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    out.push(posix.join(posix.dirname(fromUrl), m[1]));
  }
  return out;
}

/**
 * Gzipped size of the initial JS in `distDir`. `fetched` is { boot, prefetch }: JS paths
 * the browser requested before the first chart, split at the moment the engine was ready
 * (from the start-up run); null when unknown (index.html's graph alone is counted then).
 */
export function measureBundle(distDir, fetched = null) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Map();
  const queue = htmlScripts(html).map((url) => ({
    url: posix.normalize(url.startsWith('/') ? url : `/${url}`),
    how: 'index.html',
    counted: true,
  }));
  for (const url of fetched?.boot ?? []) queue.push({ url, how: 'requested during boot', counted: true });
  for (const url of fetched?.prefetch ?? [])
    queue.push({ url, how: 'prefetched after the engine was ready (not counted)', counted: false });
  while (queue.length > 0) {
    const { url, how, counted } = queue.shift();
    if (files.has(url) || WORKER_OR_WASM.test(url) || !url.endsWith('.js')) continue;
    const code = readFileSync(join(distDir, url));
    files.set(url, { file: url.slice(1), how, counted, raw_bytes: code.length, gzip_bytes: gzipSync(code).length });
    for (const dep of staticImports(code.toString('utf8'), url))
      queue.push({ url: dep, how: `imported by ${url.slice(1)}`, counted });
  }
  const list = [...files.values()];
  const sum = (key, which) => list.filter(which).reduce((a, f) => a + f[key], 0);
  const gzip = sum('gzip_bytes', (f) => f.counted);
  return {
    status: 'ok',
    gzip_bytes: gzip,
    raw_bytes: sum('raw_bytes', (f) => f.counted),
    target_bytes: BUNDLE_TARGET_BYTES,
    ratio: Math.round((gzip / BUNDLE_TARGET_BYTES) * 1000) / 1000,
    prefetched_gzip_bytes: sum('gzip_bytes', (f) => !f.counted),
    browser_checked: fetched !== null,
    files: list,
  };
}

/** Lines of the chunk map (each file, how it loaded, whether it counts, gzip and raw kB), for the printed report. */
export function bundleMapLines(b) {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const files = [...b.files].sort((x, y) => Number(y.counted) - Number(x.counted) || y.gzip_bytes - x.gzip_bytes);
  const width = Math.max(4, ...files.map((f) => f.file.length));
  const out = [
    `Initial JS chunk map${b.browser_checked ? '' : ' (index.html only: run with startup to add what boot requests)'}`,
    `  ${'file'.padEnd(width)}  ${'gzip'.padStart(9)}  ${'raw'.padStart(9)}  counted  how it loaded`,
  ];
  for (const f of files)
    out.push(
      `  ${f.file.padEnd(width)}  ${kb(f.gzip_bytes).padStart(9)}  ${kb(f.raw_bytes).padStart(9)}  ${(f.counted ? 'yes' : 'no').padEnd(7)}  ${f.how}`,
    );
  return out;
}
