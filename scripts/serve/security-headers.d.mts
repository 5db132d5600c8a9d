/** Content-Security-Policy directives, in order: `[name, sources]`. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[];
/** The policy as a header value, or for a `<meta http-equiv>` (`meta: true` leaves out header-only directives). */
export function contentSecurityPolicy(options?: { meta?: boolean }): string;
/** The Permissions-Policy header value. */
export const PERMISSIONS_POLICY: string;
/** Headers for every response; `crossOriginIsolated` adds COEP. */
export function securityHeaders(options?: { crossOriginIsolated?: boolean }): Record<string, string>;
