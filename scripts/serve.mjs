#!/usr/bin/env node
// Serves the built app (dist/) on localhost. Used by `npm start`, the browser tests and
// the benchmark, so all three exercise the same production build. No dependencies:
// a static server is a few lines, and it lets us set the exact headers we need.
// No request can throw out of it: what it refuses gets a status and one log line.
import { STATUS_CODES, createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { ENCODINGS, chooseEncoding } from './serve/accept-encoding.mjs';
import { parseRequestTarget } from './serve/request-target.mjs';
import { securityHeaders } from './serve/security-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};
const ALLOW = 'GET, HEAD';

/** One log line: the client's target quoted and cut short, so no request can forge or flood the log. */
const describe = (text) => JSON.stringify(String(text ?? '').slice(0, 160));

/** The status for a request Node's parser rejected before it reached the handler. */
function brokenRequestStatus(error) {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT' || error.code === 'HPE_HEADER_TIMEOUT') return 408;
  const head = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1', 0, 8192) : '';
  // Overflow before the request line ended: the target is too long, not the headers.
  if (error.code === 'HPE_HEADER_OVERFLOW') return head.includes('\n') ? 431 : 414;
  // A well-formed method token the parser does not know (it knows every registered one).
  if (error.code === 'HPE_INVALID_METHOD' && /^[A-Za-z0-9!#$%&'*+.^_`|~-]+ /.test(head)) return 405;
  return 400;
}

/** A bare response for a socket whose request never became a request object. */
const rawResponse = (status) =>
  `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${status === 405 ? `Allow: ${ALLOW}\r\n` : ''}Connection: close\r\nContent-Length: 0\r\n\r\n`;

/**
 * Start a static server for `root`. `crossOriginIsolated` adds COEP (needed only by
 * DuckDB-WASM's multi-threaded build). `log` receives one line per refused or failed
 * request (the CLI prints them; tests collect them). `headersTimeout` bounds how long a
 * client may take to send its headers (slowloris). Resolves with the URL and a close function.
 */
export function startServer({
  root,
  port = 4173,
  host = '127.0.0.1',
  crossOriginIsolated = false,
  log = () => {},
  headersTimeout = 10_000,
}) {
  const base = resolve(root);
  const security = securityHeaders({ crossOriginIsolated });

  function refuse(req, res, status, reason, extra = {}) {
    log(`${status} ${req.method} ${describe(req.url)} ${reason}`);
    const body = `${status} ${STATUS_CODES[status]}\n`;
    res.writeHead(status, {
      ...security,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** The file to send for `target`, or null for a 404. */
  async function locate(target) {
    const path = resolve(base, ...target.segments);
    if (path !== base && !path.startsWith(base + sep)) return null;
    const stats = await stat(path).catch(() => null);
    if (stats?.isFile()) return path;
    // `/` is the app; so is any other navigation (no extension, not an asset), which keeps
    // links with paths working. A missing file (`/assets/x.js`, `/x.png`) stays a 404.
    const navigation = !stats && !target.extension && target.segments[0] !== 'assets';
    if (target.segments.length === 0 || navigation) return join(base, 'index.html');
    return null;
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(req, res, 405, 'method not allowed', { Allow: ALLOW });
    // The parser lets a bare `GET /` (HTTP/0.9) through; no browser has sent one in decades.
    if (req.httpVersionMajor !== 1) return refuse(req, res, 505, `HTTP/${req.httpVersion}`);
    if (req.httpVersion === '1.1' && !req.headers.host) return refuse(req, res, 400, 'no Host header');
    const target = parseRequestTarget(req.url);
    if ('status' in target) return refuse(req, res, target.status, target.reason);
    const path = await locate(target);
    if (!path) return refuse(req, res, 404, 'no such file');
    const variants = [];
    for (const { coding, suffix } of ENCODINGS) {
      if ((await stat(path + suffix).catch(() => null))?.isFile()) variants.push(coding);
    }
    const coding = chooseEncoding(req.headers['accept-encoding'], variants);
    const suffix = ENCODINGS.find((e) => e.coding === coding)?.suffix ?? '';
    // Open before answering, so the length sent is the length of the file read.
    const file = await open(path + suffix, 'r').catch(() => null);
    if (!file) return refuse(req, res, 404, 'file vanished');
    let size;
    try {
      size = (await file.stat()).size;
    } catch (error) {
      await file.close().catch(() => undefined);
      throw error;
    }
    const headers = {
      ...securityHeaders({ crossOriginIsolated, path }),
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Length': size,
      // Hashed assets never change; everything else (index.html) is revalidated to pick up new builds.
      'Cache-Control': path.startsWith(join(base, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (variants.length > 0) headers.Vary = 'Accept-Encoding';
    if (coding !== 'identity') headers['Content-Encoding'] = coding;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      await file.close();
      res.end();
      return;
    }
    pipeline(file.createReadStream(), res, (error) => {
      // A client that goes away mid-download is routine; anything else is worth a line.
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
        log(`500 ${req.method} ${describe(req.url)} read failed: ${error.message}`);
    });
  }

  const options = {
    headersTimeout,
    requestTimeout: headersTimeout * 3,
    connectionsCheckingInterval: 1_000,
    requireHostHeader: false,
  };
  const server = createServer(options, (req, res) => {
    res.on('error', (error) => log(`500 ${req.method} ${describe(req.url)} response failed: ${error.message}`));
    handle(req, res).catch((error) => {
      log(`500 ${req.method} ${describe(req.url)} ${error.message}`);
      if (res.headersSent) res.destroy();
      else refuse(req, res, 500, 'internal error');
    });
  });
  server.on('clientError', (error, socket) => {
    // A reset socket has nobody left to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    const status = brokenRequestStatus(error);
    log(`${status} - broken request (${error.code ?? error.message})`);
    socket.end(rawResponse(status));
  });
  // Without a listener Node drops CONNECT requests and `Expect:` ones it cannot meet unlogged.
  server.on('connect', (req, socket) => {
    socket.on('error', () => socket.destroy());
    log(`405 CONNECT ${describe(req.url)} method not allowed`);
    socket.end(rawResponse(405));
  });
  server.on('checkExpectation', (req, res) =>
    refuse(req, res, 417, `cannot meet Expect: ${describe(req.headers.expect)}`),
  );

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      server.on('error', (error) => log(`server error: ${error.message}`));
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://localhost:${actualPort}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dist/ has no build. Run `npm run build` first (npm start does it for you).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4173);
  const log = (line) => console.warn(`${new Date().toISOString()} ${line}`);
  const { url } = await startServer({ root, port, host: process.env.HOST ?? '127.0.0.1', log });
  console.log(`Uptake is running at ${url}  (Ctrl+C to stop)`);
}
