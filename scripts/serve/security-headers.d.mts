/** Content-Security-Policy directives, in order: `[name, sources]`. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[];
/** DuckDB's worker scripts, which get 'unsafe-eval' (Emscripten's EM_JS glue). */
export const ENGINE_WORKER: RegExp;
/** The policy as a header value, for a `<meta http-equiv>` (`meta`), or for DuckDB's worker scripts (`engineWorker`). */
export function contentSecurityPolicy(options?: { meta?: boolean; engineWorker?: boolean }): string;
/** The Permissions-Policy header value. */
export const PERMISSIONS_POLICY: string;
/** Headers for every response; `path` (the file sent) picks the engine worker's policy; `crossOriginIsolated` adds COEP. */
export function securityHeaders(options?: { crossOriginIsolated?: boolean; path?: string }): Record<string, string>;
