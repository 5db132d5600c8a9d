import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/serve/security-headers.mjs';
import { NO_BROWSER, launchBrowser, openApp, waitForPanels } from './support/browser';
import { halfRequests, hostileRequests, sendAll } from './support/hostile-requests';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that leaves the body as sent (fetch would decode it). */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      { host: '127.0.0.1', port: target.port, path: target.pathname, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const SECTIONS = ['Adoption', 'Retention', 'Projection', 'Data'];

async function goTo(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section }).click();
  await page.getByRole('main', { name: section }).waitFor();
  await waitForPanels(page);
}

// Skipped only when no Chromium is installed locally (support/browser.ts warns loudly; under CI it throws instead).
describe.skipIf(NO_BROWSER)('Security and transfer of the served build', () => {
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    baseUrl = inject('baseUrl');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends the policy as a header and as the first thing in <head>, without the header-only directive', async () => {
    const reply = await get(baseUrl);
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy());
    const html = reply.body.toString('utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy({ meta: true }));
    expect(meta?.[1]).not.toContain('frame-ancestors');
    // Before every script and stylesheet, so it covers them all.
    expect(meta?.index).toBeLessThan(html.search(/<script|<link/));
  });

  it('sends the DuckDB WASM brotli-compressed in under 8 MB, decoding to the same bytes', async () => {
    const index = (await get(baseUrl)).body.toString('utf8');
    const wasm = /href="(\/assets\/duckdb-eh-[^"]+\.wasm)"/.exec(index)?.[1];
    expect(wasm).toBeDefined();
    const url = new URL(wasm as string, baseUrl).toString();
    const plain = await get(url);
    const br = await get(url, { 'Accept-Encoding': 'gzip, deflate, br' });
    const gzip = await get(url, { 'Accept-Encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-type']).toBe('application/wasm');
    expect(br.body.length).toBeLessThanOrEqual(8_000_000);
    expect(gzip.body.length).toBeLessThanOrEqual(8_000_000);
    expect(plain.body.length).toBeGreaterThan(20_000_000);
    expect(sha(brotliDecompressSync(br.body))).toBe(sha(plain.body));
    expect(sha(gunzipSync(gzip.body))).toBe(sha(plain.body));
  });

  it('blocks injected inline script and foreign images, with only the <meta> policy too', async () => {
    for (const headerToo of [true, false]) {
      const app = await openApp(browser, '/');
      if (!headerToo) {
        // Another host that cannot set headers: the same page, its header stripped.
        await app.page.route(
          (url) => url.pathname === '/',
          async (route) => {
            const response = await route.fetch();
            const headers = { ...response.headers() };
            delete headers['content-security-policy'];
            await route.fulfill({ response, headers });
          },
        );
        const response = await app.page.reload();
        expect(response?.headers()['content-security-policy']).toBeUndefined();
      }
      // The engine need not be up: the policy applies from the first byte of the page.
      await app.page.getByRole('navigation', { name: 'Sections' }).waitFor();
      const outcome = await app.page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
        const image = document.createElement('img');
        const loaded = new Promise<boolean>((resolve) => {
          image.onload = () => resolve(true);
          image.onerror = () => resolve(false);
        });
        image.src = 'https://example.com/pixel.png';
        document.body.append(image);
        return { ran: (window as unknown as { __injected?: boolean }).__injected === true, loaded: await loaded };
      });
      expect(outcome).toEqual({ ran: false, loaded: false });
      await expect.poll(() => app.cspViolations.join('\n')).toMatch(/script-src-elem blocked inline/);
      await expect.poll(() => app.cspViolations.join('\n')).toMatch(/img-src blocked https:\/\/example\.com/);
      // These violations were provoked: keep them out of the file's end-of-run check.
      app.cspViolations.length = 0;
      await app.page.context().close();
    }
  });

  it('keeps serving after a few hundred hostile requests and 30 stalled ones, and the app loads with panels ready', async () => {
    const port = Number(new URL(baseUrl).port);
    const results = await sendAll(port, hostileRequests(15));
    const wrong = results
      .filter((r) => !r.request.expect.includes(r.status))
      .map((r) => `${r.request.kind}: ${r.status}`);
    expect(wrong).toEqual([]);
    const closeStalled = await halfRequests(port, 30);
    try {
      const app = await openApp(browser, '/?section=retention');
      await waitForPanels(app.page);
      const states = await app.page
        .locator('[data-state]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
      expect(states.length).toBeGreaterThan(0);
      expect(states.every((s) => s === 'ready')).toBe(true);
      expect(app.errors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      closeStalled();
    }
    expect((await get(baseUrl)).status).toBe(200);
  });

  it('shows every section, imports a CSV and exports a chart as PNG without a policy violation', async () => {
    const app = await openApp(browser, '/');
    await waitForPanels(app.page);
    // Chromium took the WASM compressed (the preload's entry; the worker's fetch is not in the page's timeline).
    const wasm = await app.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => /duckdb-eh-.*\.wasm$/.test(e.name))
        .map((e) => ({ encoded: e.encodedBodySize, decoded: e.decodedBodySize })),
    );
    expect(wasm.length).toBeGreaterThan(0);
    expect(wasm[0]?.encoded).toBeLessThanOrEqual(8_000_000);
    expect(wasm[0]?.decoded).toBeGreaterThan(20_000_000);
    for (const section of SECTIONS) await goTo(app.page, section);
    // An import runs DuckDB's file reader in its worker, which lives under a policy of its own.
    const csv = [
      'platform,date,metric,measure,basis,value,region,coverage,source,note,kind',
      'Pixelfed,2024-01-01,MAU,MAU,company,250000,global,global,Pixelfed stats,,reported',
    ];
    await app.page
      .getByLabel('Import CSV', { exact: true })
      .setInputFiles({ name: 'pixelfed.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv.join('\n')}\n`) });
    const card = app.page.getByRole('article', { name: 'Import of pixelfed.csv' }).getByRole('status');
    await expect.poll(() => card.textContent(), { timeout: 60_000 }).toMatch(/Imported 1 row/);
    await goTo(app.page, 'Retention');
    const curves = app.page.getByRole('region', { name: 'Retention curves' });
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      curves.getByRole('button', { name: /PNG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync(await download.path());
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.length).toBeGreaterThan(5_000);
    expect(app.cspViolations).toEqual([]);
    // Other console errors are each section's own test's business; here only the policies' messages count.
    expect(app.errors.filter((e) => /content.security.policy|permissions.policy/i.test(e))).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
