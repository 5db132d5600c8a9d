import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspMeta } from '../../../scripts/vite/csp-meta';
import { precompress } from '../../../scripts/vite/precompress';

type Hook = (...args: unknown[]) => unknown;
const hook = (plugin: Plugin, name: keyof Plugin): Hook => {
  const value = plugin[name] as Hook | { handler: Hook };
  return typeof value === 'function' ? value : value.handler;
};

/** Text that compresses, of about `bytes` bytes. */
const text = (bytes: number) =>
  Array.from({ length: Math.ceil(bytes / 24) }, (_, i) => `row ${i % 97}, value ${i % 13};\n`).join('');

describe('precompress (Vite plugin)', () => {
  let root: string;
  const files: Record<string, string | Buffer> = {
    'index.html': text(2_000),
    'assets/app-1.js': text(50_000),
    'assets/engine-2.wasm': text(900_000),
    'assets/tiny-3.css': 'a{}',
    'assets/logo-4.png': Buffer.from(Array.from({ length: 4_000 }, (_, i) => (i * 7919) % 256)),
    'assets/noise-5.js': randomBytes(4_000),
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'uptake-precompress-'));
    mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(root, 'dist', name), content);
    const plugin = precompress(join(root, 'cache'));
    const logger = { info: () => undefined };
    hook(plugin, 'configResolved')({ root, build: { outDir: 'dist' }, logger } as unknown as ResolvedConfig);
    await hook(plugin, 'writeBundle').call({});
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(['index.html', 'assets/app-1.js', 'assets/engine-2.wasm'])(
    'writes %s.br and .gz that decode to the file, and are smaller',
    (name) => {
      const original = readFileSync(join(root, 'dist', name));
      const br = readFileSync(join(root, 'dist', `${name}.br`));
      const gz = readFileSync(join(root, 'dist', `${name}.gz`));
      expect(brotliDecompressSync(br).equals(original)).toBe(true);
      expect(gunzipSync(gz).equals(original)).toBe(true);
      expect(br.length).toBeLessThan(original.length / 4);
      expect(gz.length).toBeLessThan(original.length / 4);
    },
  );

  it('skips files under 1 KB, images, and copies that would not be smaller', () => {
    for (const name of ['assets/tiny-3.css', 'assets/logo-4.png']) {
      expect(existsSync(join(root, 'dist', `${name}.br`))).toBe(false);
      expect(existsSync(join(root, 'dist', `${name}.gz`))).toBe(false);
    }
    // Incompressible bytes: gzip's framing makes the copy larger than the file.
    expect(existsSync(join(root, 'dist', 'assets/noise-5.js.gz'))).toBe(false);
  });

  it('caches the copies by content, reuses them, and drops those unused for two weeks', async () => {
    const cache = join(root, 'cache');
    const entries = readdirSync(cache).sort();
    // index.html, app-1.js, engine-2.wasm and noise-5.js: a .br and a .gz each.
    expect(entries).toHaveLength(8);
    // Mark every cached copy: a build that reads the cache writes the marks, one that recompresses would not.
    for (const entry of entries)
      writeFileSync(join(cache, entry), Buffer.concat([readFileSync(join(cache, entry)), Buffer.from('mark')]));
    const stale = join(cache, 'f'.repeat(64) + '.br');
    writeFileSync(stale, 'old');
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    utimesSync(stale, monthAgo, monthAgo);
    utimesSync(join(cache, entries[0] as string), monthAgo, monthAgo);
    const plugin = precompress(cache);
    hook(
      plugin,
      'configResolved',
    )({ root, build: { outDir: 'dist' }, logger: { info: () => undefined } } as unknown as ResolvedConfig);
    await hook(plugin, 'writeBundle').call({});
    for (const name of ['index.html', 'assets/app-1.js', 'assets/engine-2.wasm']) {
      expect(
        readFileSync(join(root, 'dist', `${name}.br`))
          .subarray(-4)
          .toString(),
      ).toBe('mark');
      expect(
        readFileSync(join(root, 'dist', `${name}.gz`))
          .subarray(-4)
          .toString(),
      ).toBe('mark');
    }
    // The unused copy is gone; the old one this build used was kept (and touched).
    expect(readdirSync(cache).sort()).toEqual(entries);
  });
});

describe('cspMeta (Vite plugin)', () => {
  const transform = (html: string) => hook(cspMeta(), 'transformIndexHtml')(html, {}) as string;

  it('puts the policy right after <meta charset>, without frame-ancestors', () => {
    const out = transform(
      '<html><head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/a.js"></script></head></html>',
    );
    const meta =
      /<meta charset="UTF-8" \/>\n {4}<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>\n {4}<script/.exec(
        out,
      );
    expect(meta?.[1]).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('fails the build when index.html has no <meta charset>', () => {
    expect(() => transform('<html><head></head></html>')).toThrow(/meta charset/);
  });
});
