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
  ["default-src", "'self'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self' blob: data:"],
  ["connect-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
  ["frame-ancestors", "'none'"],
]);

// Browsers ignore these in a <meta> policy, and warn on the console if they are there.
const HEADER_ONLY = new Set(['frame-ancestors']);

/** The policy as a header value, or for a `<meta http-equiv>` (`meta: true` leaves out header-only directives). */
export function contentSecurityPolicy({ meta = false } = {}) {
  return CSP_DIRECTIVES.filter(([name]) => !meta || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Powerful features the app never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid',
  'magnetometer', 'microphone', 'midi', 'payment', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Headers for every response. `crossOriginIsolated` adds COEP (needed only by the bench's
 * multi-threaded DuckDB build); COOP same-origin is always on: the app opens no windows.
 */
export function securityHeaders({ crossOriginIsolated = false } = {}) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(crossOriginIsolated ? { 'Cross-Origin-Embedder-Policy': 'require-corp' } : {}),
    'X-Content-Type-Options': 'nosniff',
  };
}
