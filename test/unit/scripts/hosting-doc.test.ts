import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PERMISSIONS_POLICY,
  contentSecurityPolicy,
  securityHeaders,
} from '../../../scripts/serve/security-headers.mjs';

const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'hosting.md'), 'utf8');
const count = (needle: string) => doc.split(needle).length - 1;

describe('docs/hosting.md', () => {
  it('gives the served policies and Permissions-Policy verbatim: in the header list, nginx, Caddy and _headers', () => {
    // The page's policy: the header list, nginx twice (/assets/ and /), Caddy, _headers twice (/ and /index.html).
    expect(count(contentSecurityPolicy())).toBe(6);
    // DuckDB's worker: the header list, nginx, Caddy.
    expect(count(contentSecurityPolicy({ engineWorker: true }))).toBe(3);
    expect(count(PERMISSIONS_POLICY)).toBe(4);
  });

  it('names every header the server sends for the app', () => {
    for (const [name, value] of Object.entries(securityHeaders())) {
      expect(doc).toContain(`${name}: ${value}`);
    }
  });
});
