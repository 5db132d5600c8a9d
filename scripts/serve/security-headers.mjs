// The one source of Uptake's security headers: scripts/serve.mjs sends them, the build
// writes the policy into index.html as a <meta> (scripts/vite/csp-meta.ts) for hosts that
// cannot set headers, and docs/hosting.md repeats them for nginx, Caddy and `_headers`
// hosts (a unit test keeps that page in step with this file).

/**
 * Content-Security-Policy directives. Each source is here because the app needs it:
 * - script-src 'wasm-unsafe-eval': DuckDB-WASM compiles its engine with WebAssembly
 *   (in its worker, which the server gives the same policy). No 'unsafe-inline': the
 *   build has no inline script.
 * - img-src blob: the PNG export draws the chart's SVG, loaded from a blob: URL, on a
 *   canvas; data: is index.html's empty favicon (`data:,`), which spares a request.
 * - style-src 'self': React applies `style={…}` props through the CSSOM, which CSP does
 *   not govern; only style attributes in markup and <style> elements would need more.
 * - Everything else is 'self' (default-src) or 'none'.
 */
export const CSP_DIRECTIVES = Object.freeze([
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' blob: data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
]);

// Browsers ignore these in a <meta> policy, and warn on the console if they are there.
const HEADER_ONLY = new Set(['frame-ancestors']);

/**
 * DuckDB's worker scripts. A worker enforces the policy of its own response, and
 * Emscripten's glue in this one compiles a few functions from strings (EM_JS/EM_ASM) when
 * the import reads a file, which needs 'unsafe-eval'. It is granted to these scripts only:
 * a worker has no DOM to inject into and loads nothing but 'self'; the page never has it.
 */
export const ENGINE_WORKER = /(?:^|\/)duckdb-browser-[^/]*worker[^/]*\.js$/;

/**
 * The policy as a header value. `meta: true` leaves out header-only directives (for a
 * `<meta http-equiv>`); `engineWorker: true` is the policy of DuckDB's worker scripts.
 */
export function contentSecurityPolicy({ meta = false, engineWorker = false } = {}) {
  return CSP_DIRECTIVES.filter(([name]) => !meta || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${name === 'script-src' && engineWorker ? `${value} 'unsafe-eval'` : value}`)
    .join('; ');
}

/** Powerful features the app never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Headers for every response; `path` (the file sent) picks the engine worker's policy.
 * `crossOriginIsolated` adds COEP (needed only by the bench's multi-threaded DuckDB build);
 * COOP same-origin is always on: the app opens no windows.
 */
export function securityHeaders({ crossOriginIsolated = false, path = '' } = {}) {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ engineWorker: ENGINE_WORKER.test(path) }),
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(crossOriginIsolated ? { 'Cross-Origin-Embedder-Policy': 'require-corp' } : {}),
    'X-Content-Type-Options': 'nosniff',
  };
}
