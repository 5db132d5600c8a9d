/**
 * Bytes on the wire for the first view: every response the page received from navigation
 * until it was live, the engine ready and the first chart drawn (HTML, JS, CSS, the DuckDB
 * worker and WASM, the bundled CSVs), as scripts/serve.mjs sends it to a browser that asks for `Accept-Encoding: br, gzip`,
 * read from Chromium's network events through Playwright (headers and body as they came
 * over the socket; a response served from the HTTP cache costs nothing). The reference is the same first view asking for `identity` (no
 * compression), loaded in the same run. Responses that finish later (the idle prefetch of
 * other sections, the tooltip's code) are listed and totalled apart, not counted.
 */
/* global window, document, MutationObserver -- the probe runs inside the page */
import { inFreshPage, pageResult } from './browser.mjs';

/** How long after the page is live the list stays open for events still on their way. */
const SETTLE_MS = 1000;

/** Issue 15's target for DuckDB's WASM on the wire (MB = 10⁶ bytes). */
export const WASM_TARGET_BYTES = 8_000_000;

const KINDS = [
  [/\.wasm$/, 'wasm'],
  [/duckdb-browser-.*worker.*\.js$/, 'worker'],
  [/\.js$/, 'js'],
  [/\.css$/, 'css'],
  [/\.csv$/, 'csv'],
  [/(\/|\.html)$/, 'html'],
];

function kindOf(path) {
  return KINDS.find(([re]) => re.test(path))?.[1] ?? 'other';
}

/**
 * Runs in the app page before its scripts: records (performance.now()) when the page is
 * live: the engine status says ready and "Users over time" is ready with plotted symbols.
 * A chart drawn into index.html before the engine (a prerendered snapshot) is not enough.
 */
function liveProbe() {
  const check = () => {
    const status = document.querySelector('[aria-label="Engine status"]');
    if (status?.getAttribute('data-phase') === 'failed') return { error: `engine failed: ${status.textContent}` };
    const panel = document.querySelector('[aria-label="Users over time"][data-state]');
    if (panel?.getAttribute('data-state') === 'error') return { error: `"Users over time": ${panel.textContent}` };
    const drawn = panel?.getAttribute('data-state') === 'ready' && panel.querySelector('svg .recharts-symbols');
    return status?.getAttribute('data-phase') === 'ready' && drawn ? { at: performance.now() } : null;
  };
  new MutationObserver((_records, observer) => {
    const result = check();
    if (!result) return;
    window.__benchLive = result;
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * What one finished request cost on the wire: response headers plus the body as received.
 * Chromium reports no body size for a dedicated worker's own script (it is fetched for the
 * worker, not the page); its Content-Length, the encoded size scripts/serve.mjs sent, stands
 * in. A response from the HTTP cache (the worker's fetch of the WASM the page preloaded)
 * reports minus its headers: 0 bytes on the wire.
 */
async function wireBytes(request) {
  const { responseBodySize, responseHeadersSize } = await request.sizes();
  if (responseBodySize !== 0) return Math.max(0, responseHeadersSize + responseBodySize);
  const length = Number((await request.response())?.headers()['content-length'] ?? 0);
  return responseHeadersSize + length;
}

/**
 * One cold load of the app (fresh profile) asking for `acceptEncoding`, until it is live.
 * Every request of the page and its workers that finished is listed; `counted` says
 * whether it finished before the page was live.
 */
export async function firstViewTransfer(browser, url, acceptEncoding, timeout) {
  return inFreshPage(browser, async ({ context, page }) => {
    // Chromium offers br only over HTTPS: the header is set on every request instead.
    await context.setExtraHTTPHeaders({ 'Accept-Encoding': acceptEncoding });
    const pending = [];
    const origin = new URL(url).origin;
    let listening = true;
    context.on('requestfinished', (request) => {
      const seenAt = Date.now();
      if (!listening || !request.url().startsWith(origin)) return;
      pending.push(
        (async () => {
          const response = await request.response();
          const timing = request.timing();
          const path = new URL(request.url()).pathname;
          return {
            file: path === '/' ? 'index.html' : path.slice(1),
            kind: kindOf(path),
            status: response?.status() ?? null,
            encoding: response?.headers()['content-encoding'] ?? 'identity',
            wire_bytes: await wireBytes(request),
            finishedAt: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : seenAt,
          };
        })().catch((error) => ({ error })),
      );
    });
    await page.addInitScript(liveProbe);
    await page.goto(url);
    const result = await pageResult(page, '__benchLive', { timeout });
    const liveEpoch = (await page.evaluate(() => performance.timeOrigin)) + result.at;
    // Events of requests that finished just before the page was live can still be on their way.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    listening = false;
    const settled = await Promise.all(pending);
    const failed = settled.find((r) => r.error);
    if (failed) throw failed.error;
    const files = settled.map(({ finishedAt, ...f }) => ({
      ...f,
      counted: finishedAt <= liveEpoch,
    }));
    files.sort((a, b) => b.wire_bytes - a.wire_bytes);
    return { files, liveMs: result.at };
  });
}

const sum = (files) => files.reduce((a, f) => a + f.wire_bytes, 0);

/** Files that came over the wire more than once before the page was live. */
function refetched(files) {
  const seen = new Map();
  for (const f of files.filter((x) => x.counted && x.wire_bytes > 0)) seen.set(f.file, (seen.get(f.file) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([file]) => file);
}

/**
 * The `transfer` figure: the first view with `br, gzip` against the same view with
 * `identity`, both measured here, per file and per kind. The reference counts each file
 * once (its largest response): uncompressed, the 34 MB WASM does not fit the in-memory
 * HTTP cache of a fresh browser context, so the worker downloads it a second time, which
 * says nothing about compression (`ref_refetched` lists such files).
 */
export async function measureTransfer(browser, url, timeout) {
  const compressed = await firstViewTransfer(browser, url, 'br, gzip', timeout);
  const plain = await firstViewTransfer(browser, url, 'identity', timeout);
  const counted = compressed.files.filter((f) => f.counted);
  const once = new Map();
  for (const f of plain.files.filter((x) => x.counted)) once.set(f.file, Math.max(once.get(f.file) ?? 0, f.wire_bytes));
  const wire = sum(counted);
  const reference = [...once.values()].reduce((a, b) => a + b, 0);
  const byKind = {};
  for (const f of counted) byKind[f.kind] = (byKind[f.kind] ?? 0) + f.wire_bytes;
  const wasm = byKind.wasm ?? 0;
  if (wasm === 0) throw new Error('the first view fetched no WASM: the engine did not load as expected');
  return {
    status: 'ok',
    wire_bytes: wire,
    ref_wire_bytes: reference,
    reference: 'the same first view asking for Accept-Encoding: identity (uncompressed), each file once, same run',
    ratio: Math.round((wire / reference) * 1000) / 1000,
    wasm_wire_bytes: wasm,
    wasm_target_bytes: WASM_TARGET_BYTES,
    by_kind: byKind,
    after_live_wire_bytes: sum(compressed.files.filter((f) => !f.counted)),
    uncompressed_files: counted.filter((f) => f.encoding === 'identity' && f.wire_bytes > 0).map((f) => f.file),
    refetched: refetched(compressed.files),
    ref_refetched: refetched(plain.files),
    files: compressed.files,
  };
}

/** Lines listing the transferred files (biggest first), for the printed report. */
export function transferLines(t) {
  const out = [`Transfer, first view (br, gzip): ${t.files.length} responses`];
  const width = Math.max(...t.files.map((f) => f.file.length), 4);
  out.push(`  ${'file'.padEnd(width)}  ${'on the wire'.padStart(12)}  ${'encoding'.padEnd(8)}  counted`);
  for (const f of t.files)
    out.push(
      `  ${f.file.padEnd(width)}  ${`${(f.wire_bytes / 1000).toFixed(1)} kB`.padStart(12)}  ${f.encoding.padEnd(8)}  ${f.counted ? 'yes' : 'no: after the page was live'}`,
    );
  return out;
}
