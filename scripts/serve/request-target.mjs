// Turns a request's target (client input, any bytes) into path segments under the build,
// or the status that refuses it. Never throws.

/** Longer targets get 414: the app's own URLs (view state included) stay far below. */
export const MAX_TARGET_LENGTH = 8 * 1024;

/**
 * Parse the raw request target. Returns `{ segments, extension }` (decoded path segments,
 * and whether the last one names a file type) or `{ status, reason }`: 414 for an
 * over-long target, 400 for one that is not a path (`*`, absolute-form) or does not
 * decode (bad percent-escape, NUL byte), 404 for one that climbs out of the build (`..`).
 */
export function parseRequestTarget(target) {
  if (typeof target !== 'string' || target === '') return { status: 400, reason: 'empty request target' };
  if (target.length > MAX_TARGET_LENGTH) return { status: 414, reason: `request target of ${target.length} bytes` };
  if (!target.startsWith('/')) return { status: 400, reason: 'request target is not a path' };
  const rawPath = target.split(/[?#]/, 1)[0] ?? '';
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, reason: 'malformed percent-escape' };
  }
  if (path.includes('\0')) return { status: 400, reason: 'NUL byte in path' };
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  // Backslashes are separators on Windows: refuse them with `..` rather than rely on the platform.
  if (segments.some((segment) => segment === '..' || segment.includes('\\'))) {
    return { status: 404, reason: 'path outside the build' };
  }
  const last = segments.at(-1) ?? '';
  return { segments, extension: last.lastIndexOf('.') > 0 };
}
