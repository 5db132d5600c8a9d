import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { startServer } from '../../../scripts/serve.mjs';
import { halfRequests, hostileRequests, sendAll, sendRaw } from '../../e2e/support/hostile-requests';

interface Server {
  url: string;
  close: () => Promise<void>;
}

const INDEX = '<!doctype html><title>app</title>';

describe('scripts/serve.mjs under a few hundred malformed and hostile requests', () => {
  let root: string;
  let server: Server;
  let port: number;
  const log: string[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'uptake-serve-'));
    writeFileSync(join(root, 'index.html'), INDEX);
    server = (await startServer({
      root,
      port: 0,
      log: (line: string) => log.push(line),
      headersTimeout: 1_000,
    })) as Server;
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers each with the status it deserves and logs one line for each refusal', async () => {
    const requests = hostileRequests();
    expect(requests.length).toBeGreaterThanOrEqual(200);
    const results = await sendAll(port, requests);
    const wrong = results
      .filter((r) => !r.request.expect.includes(r.status))
      .map(
        (r) =>
          `${r.request.kind} ${JSON.stringify(r.request.bytes.toString('latin1').slice(0, 50))}: ${r.status}, expected ${r.request.expect.join('|')}`,
      );
    expect(wrong).toEqual([]);
    const refused = results.filter((r) => r.status >= 400).length;
    expect(log).toHaveLength(refused);
    expect(log.every((line) => !line.includes('\n') && line.length < 400)).toBe(true);
  }, 60_000);

  it('keeps serving while 50 half-sent requests hang, and after the client closes them', async () => {
    const close = await halfRequests(port, 50);
    try {
      expect(await getIndex(port)).toBe(INDEX);
    } finally {
      close();
    }
    expect(await getIndex(port)).toBe(INDEX);
  });

  it('answers a request whose headers never end with 408 once headersTimeout passes, and closes it', async () => {
    const started = Date.now();
    // headersTimeout is 1 s here; Node checks every second, so the answer comes within ~2 s.
    const status = await sendRaw(port, Buffer.from('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: '), 5_000);
    expect(status).toBe(408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('survives clients that go away in the middle of a download', async () => {
    writeFileSync(join(root, 'big.csv'), 'x'.repeat(8 * 1024 * 1024));
    await Promise.all(
      Array.from(
        { length: 10 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect({ host: '127.0.0.1', port }, () =>
              socket.write('GET /big.csv HTTP/1.1\r\nHost: x\r\n\r\n'),
            );
            socket.once('data', () => {
              socket.resetAndDestroy();
              resolve();
            });
          }),
      ),
    );
    expect(await getIndex(port)).toBe(INDEX);
  });
});

/** GET / over a plain socket; the body of a 200. */
function getIndex(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () =>
      socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    );
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('end', () =>
      text.startsWith('HTTP/1.1 200 ')
        ? resolve(text.slice(text.indexOf('\r\n\r\n') + 4))
        : reject(new Error(text.slice(0, 80))),
    );
  });
}
