/**
 * Malformed and hostile HTTP requests, as raw bytes for a TCP socket (an HTTP client would
 * refuse to send most of them), each with the statuses a correct server may answer. Used
 * against scripts/serve.mjs by the unit test (which also reads its log) and by the browser
 * test (which then loads the app from the same server). Deterministic: a seeded generator.
 */
import { connect } from 'node:net';

/** One request and what may come back; 0 stands for "closed without an answer". */
export interface HostileRequest {
  readonly kind: string;
  readonly bytes: Buffer;
  readonly expect: readonly number[];
}

/** What the server answered: the status of its first response line, or 0. */
export interface HostileResult {
  readonly request: HostileRequest;
  readonly status: number;
}

/** mulberry32: small, seeded, good enough to vary the inputs reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const get = (target: string, headers = 'Host: x\r\n', method = 'GET') =>
  Buffer.from(`${method} ${target} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`, 'latin1');

/** A few hundred requests: bad escapes, NUL bytes, traversal, 64 KB targets, odd methods, header floods, broken HTTP. */
export function hostileRequests(seed = 16): HostileRequest[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const hex = '0123456789ABCDEF';
  const out: HostileRequest[] = [];
  const add = (kind: string, bytes: Buffer, expect: readonly number[]) => out.push({ kind, bytes, expect });

  const badEscapes = [
    '/%',
    '/%E0%A4%A',
    '/%G1',
    '/%%',
    '/%C3%28',
    '/%A0%A1',
    '/%E2%28%A1',
    '/%F0%28%8C%BC',
    '/%ED%A0%80',
    '/%FF',
    '/%C0%AF',
    '/assets/%E0%A4%A.js',
    '/%u0041',
  ];
  for (const target of badEscapes) add('bad escape', get(target), [400]);
  for (let i = 0; i < 50; i++) {
    const prefix = pick(['/', '/assets/', '/a/b/', '/index']);
    const escape = pick([
      `%${pick([...hex])}`,
      `%${pick([...'GHXZgz!-'])}${pick([...hex])}`,
      `%${pick(['C', 'D', 'E', 'F'])}${pick([...hex])}`,
    ]);
    add('bad escape', get(`${prefix}${escape}`), [400]);
  }

  for (let i = 0; i < 20; i++)
    add('NUL byte (escaped)', get(`/${'a'.repeat(i)}%00${pick(['', '.js', '/x', '.html'])}`), [400]);
  for (let i = 0; i < 10; i++) add('NUL byte (raw)', get(`/${'a'.repeat(i)}\0x`), [400]);
  for (let i = 0; i < 5; i++) add('NUL byte in a header', get('/', `Host: x\r\nX-Test: a\0${i}\r\n`), [400]);

  const traversal = [
    '/../etc/passwd',
    '/../../../../etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/../../package.json',
    '/assets/..%2F..%2Fpackage.json',
    '/..\\..\\etc\\passwd',
    '/assets/..%5c..%5cpackage.json',
    '/./../scripts/serve.mjs',
    '/%2E%2E%2F.git%2Fconfig',
  ];
  for (const target of traversal) add('traversal', get(target), [404]);
  for (let i = 0; i < 20; i++)
    add(
      'missing asset',
      get(`/assets/${pick(['x', 'render', 'duckdb'])}-${i}.${pick(['js', 'css', 'wasm', 'csv'])}`),
      [404],
    );

  for (const size of [9 * 1024, 20 * 1024, 64 * 1024]) {
    add('long path', get(`/${'a'.repeat(size)}`), [414]);
    add('long query', get(`/?q=${'b'.repeat(size)}`), [414]);
  }

  const knownMethods = [
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
    'OPTIONS',
    'TRACE',
    'PROPFIND',
    'MKCOL',
    'LOCK',
    'PURGE',
    'M-SEARCH',
    'SEARCH',
  ];
  for (const method of knownMethods) add(`method ${method}`, get('/', 'Host: x\r\n', method), [405]);
  for (const method of ['FOO', 'BREW', 'get', 'GETT', 'HACK', 'X'])
    add(`method ${method}`, get('/', 'Host: x\r\n', method), [405]);
  add('method CONNECT', Buffer.from('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'), [405]);
  add('method OPTIONS *', Buffer.from('OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n'), [405]);
  add('method with control byte', get('/', 'Host: x\r\n', 'G\x01T'), [400]);

  const header = (name: string, value: string) => `${name}: ${value}\r\n`;
  for (const count of [50, 200, 800])
    add(
      `${count} headers`,
      get('/', `Host: x\r\n${Array.from({ length: count }, (_, i) => header(`X-H${i}`, 'v')).join('')}`),
      [200],
    );
  add(
    '3000 headers',
    get('/', `Host: x\r\n${Array.from({ length: 3000 }, (_, i) => header(`X-H${i}`, 'value')).join('')}`),
    [431],
  );
  add('one 20 KB header', get('/', `Host: x\r\n${header('X-Big', 'v'.repeat(20 * 1024))}`), [431]);
  add('20 KB cookie', get('/', `Host: x\r\n${header('Cookie', `a=${'c'.repeat(20 * 1024)}`)}`), [431]);
  add(
    'long Accept-Encoding',
    get(
      '/',
      `Host: x\r\n${header('Accept-Encoding', Array.from({ length: 500 }, (_, i) => `x${i};q=0.${i % 10}`).join(', '))}`,
    ),
    [200],
  );
  add(
    'odd Accept-Encoding',
    get('/', `Host: x\r\n${header('Accept-Encoding', 'br;q=2, gzip;q=-1, ;;;, *;q=abc')}`),
    [200],
  );

  const broken = [
    'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
    'GET / HTTP/1.1\r\nHost\r\n\r\n',
    'GET / HTTP/1.1\r\nHost : x\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked, identity\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\n folded: header\r\n\r\n',
    'GET / HTTP/1.1\nHost: x\n\n\0\0',
    'GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\n\r\n',
    'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET / HTTP/1.1\r\nConnection: close\r\n\r\n',
    '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03',
    ' / HTTP/1.1\r\n\r\n',
  ];
  for (const text of broken) add('broken HTTP', Buffer.from(text, 'latin1'), [400]);
  add('HTTP/0.9', Buffer.from('GET /\r\n\r\n'), [505]);
  add('HTTP/2 preface', Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), [400, 405, 505]);
  add('Expect a teapot', get('/', 'Host: x\r\nExpect: teapot\r\n'), [417]);
  for (let i = 0; i < 40; i++) {
    // Random bytes after a byte no method starts with: never a request.
    const bytes = Buffer.from([
      0xff,
      ...Array.from({ length: 16 + Math.floor(next() * 200) }, () => Math.floor(next() * 256)),
    ]);
    add('garbage', bytes, [400]);
  }
  return out;
}

/** Send raw bytes and return the status of the first response line (0 when the socket closed without one). */
export function sendRaw(port: number, bytes: Buffer, timeoutMs = 5_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    const status = () => Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0);
    const finish = (status: number) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(status);
    };
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(bytes.toString('latin1').slice(0, 60))}`));
    }, timeoutMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (status() > 0) finish(status());
    });
    // The server may close before reading all we sent (a 414 or 431 on a long request).
    socket.on('error', () => finish(status()));
    socket.on('close', () => finish(status()));
  });
}

/** Send every request, `concurrency` at a time. */
export async function sendAll(
  port: number,
  requests: readonly HostileRequest[],
  concurrency = 16,
): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  let index = 0;
  const worker = async () => {
    while (index < requests.length) {
      const request = requests[index++] as HostileRequest;
      results.push({ request, status: await sendRaw(port, request.bytes) });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** Slowloris: open `count` connections that send half a request and wait. Returns a function that closes them. */
export async function halfRequests(port: number, count: number): Promise<() => void> {
  const sockets = await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<ReturnType<typeof connect>>((resolve, reject) => {
          const socket = connect({ host: '127.0.0.1', port }, () => {
            socket.write(`GET /${i} HTTP/1.1\r\nHost: x\r\nX-Slow: `);
            resolve(socket);
          });
          socket.on('error', reject);
        }),
    ),
  );
  return () => {
    for (const socket of sockets) socket.destroy();
  };
}
