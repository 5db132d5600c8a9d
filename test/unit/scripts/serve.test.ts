import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { STATUS_CODES, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { startServer } from '../../../scripts/serve.mjs';

interface Server {
  url: string;
  close: () => Promise<void>;
}
interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const INDEX = '<!doctype html><title>app</title>';
// Compressible and over the size a precompressed copy is written for.
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ day: ${i}, users: ${i * 37} }`).join(', ')}];\n`;

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  let root: string;
  let server: Server;
  let isolated: Server;
  let port: number;
  const log: string[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'uptake-serve-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'app-1a2b.js'), SCRIPT);
    // The build's copies, made here independently of the build plugin.
    writeFileSync(join(root, 'assets', 'app-1a2b.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(root, 'assets', 'app-1a2b.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(root, 'assets', 'plain-3c4d.css'), 'body { margin: 0 }');
    writeFileSync(join(root, 'assets', 'duckdb-browser-eh.worker-5e6f.js'), 'self.onmessage = () => {};');
    server = (await startServer({ root, port: 0, log: (line: string) => log.push(line) })) as Server;
    isolated = (await startServer({ root, port: 0, crossOriginIsolated: true })) as Server;
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server?.close();
    await isolated?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the app with a strict CSP, no referrer, powerful features off and COOP, revalidated', async () => {
    const reply = await get(port, '/');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe(INDEX);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    for (const feature of ['camera', 'microphone', 'geolocation', 'usb', 'payment']) {
      expect(reply.headers['permissions-policy']).toContain(`${feature}=()`);
    }
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(reply.headers['cross-origin-embedder-policy']).toBeUndefined();
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it("lets DuckDB's worker script alone evaluate strings (Emscripten's EM_JS glue)", async () => {
    const worker = await get(port, '/assets/duckdb-browser-eh.worker-5e6f.js');
    expect(worker.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    for (const path of ['/', '/assets/app-1a2b.js', '/assets/plain-3c4d.css']) {
      expect((await get(port, path)).headers['content-security-policy']).not.toContain("'unsafe-eval'");
    }
  });

  it('adds COEP when cross-origin isolated, for the bench', async () => {
    const reply = await get(Number(new URL(isolated.url).port), '/');
    expect(reply.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it.each([
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['gzip;q=0.2', 'gzip'],
    ['identity;q=1, br;q=0.5', 'identity'],
    ['deflate', 'identity'],
    ['', 'identity'],
  ])('Accept-Encoding %j gets %s, with the right length and the same bytes', async (accept, coding) => {
    const reply = await get(port, '/assets/app-1a2b.js', { 'Accept-Encoding': accept });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['vary']).toBe('Accept-Encoding');
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers['content-encoding']).toBe(coding === 'identity' ? undefined : coding);
    expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
    const decoded =
      coding === 'br' ? brotliDecompressSync(reply.body) : coding === 'gzip' ? gunzipSync(reply.body) : reply.body;
    expect(decoded.toString()).toBe(SCRIPT);
    if (coding !== 'identity') expect(reply.body.length).toBeLessThan(SCRIPT.length / 2);
  });

  it('sends a file without copies as it is, with no Vary', async () => {
    const reply = await get(port, '/assets/plain-3c4d.css', { 'Accept-Encoding': 'br, gzip' });
    expect(reply.body.toString()).toBe('body { margin: 0 }');
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers['vary']).toBeUndefined();
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get(port, '/assets/app-1a2b.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    const full = await get(port, '/assets/app-1a2b.js', { 'Accept-Encoding': 'br' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.headers['content-encoding']).toBe('br');
  });

  it.each([
    ['/%E0%A4%A', 'GET', 400],
    ['/a%00.js', 'GET', 400],
    ['/..%2F..%2Fetc%2Fpasswd', 'GET', 404],
    ['/assets/missing-0000.js', 'GET', 404],
    ['/missing.png', 'GET', 404],
    ['/assets/', 'GET', 404],
    [`/${'a'.repeat(9000)}`, 'GET', 414],
    ['/', 'POST', 405],
    ['/', 'DELETE', 405],
    ['/', 'OPTIONS', 405],
  ])('refuses %s (%s) with %i, the security headers and one log line', async (path, method, status) => {
    const before = log.length;
    const reply = await get(port, path, {}, method);
    expect(reply.status).toBe(status);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.body.toString()).toBe(`${status} ${STATUS_CODES[status]}\n`);
    expect(log.length - before).toBe(1);
    expect(log.at(-1)).toMatch(new RegExp(`^${status} ${method} "`));
    if (status === 405) expect(reply.headers['allow']).toBe('GET, HEAD');
  });

  it('serves the app for a navigation to a path without an extension, outside /assets', async () => {
    const reply = await get(port, '/retention');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe(INDEX);
  });

  it('logs nothing for what it serves', async () => {
    const before = log.length;
    await get(port, '/');
    await get(port, '/assets/app-1a2b.js');
    expect(log.length).toBe(before);
  });
});
