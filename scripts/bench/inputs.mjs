/**
 * Seeded event logs for the import and retention timings, cached under .cache/bench/inputs
 * (git-ignored). The calibrated model's generator (scripts/data/generate-retention.mjs
 * --events N --out FILE) writes them; if it is missing or fails, the bench's own simpler
 * generator (scripts/bench/generate-events.mjs) does, and the report says which one.
 * A cached file is reused only while the generator's source is unchanged.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateEvents } from './generate-events.mjs';

const HEADER = 'user_id,platform,region,signup_date,activity_date';

function sourceHash(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12);
}

function firstLine(path) {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(256);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString('utf8').split('\n', 1)[0];
  } finally {
    closeSync(fd);
  }
}

/** Short label of a row count: 100k, 1m, 10m. */
export function sizeLabel(rows) {
  return rows >= 1_000_000 ? `${rows / 1_000_000}m` : `${rows / 1000}k`;
}

/**
 * The path of an event log of exactly `rows` rows, generating it when not cached.
 * Returns { path, rows, bytes, generator }.
 */
export function ensureEvents(root, rows, log) {
  const dir = join(root, '.cache', 'bench', 'inputs');
  mkdirSync(dir, { recursive: true });
  const model = join(root, 'scripts', 'data', 'generate-retention.mjs');
  const fallback = join(root, 'scripts', 'bench', 'generate-events.mjs');
  const candidates = [];
  if (existsSync(model)) candidates.push({ name: 'scripts/data/generate-retention.mjs', path: model });
  candidates.push({ name: 'scripts/bench/generate-events.mjs', path: fallback });

  for (const generator of candidates) {
    const hash = sourceHash(generator.path);
    const file = join(dir, `events-${sizeLabel(rows)}.csv`);
    const meta = `${file}.json`;
    if (existsSync(file) && existsSync(meta)) {
      const cached = JSON.parse(readFileSync(meta, 'utf8'));
      if (cached.hash === hash && cached.rows === rows && statSync(file).size === cached.bytes) {
        return { path: file, rows, bytes: cached.bytes, generator: generator.name };
      }
    }
    const tmp = `${file}.tmp`;
    log(`generating ${rows.toLocaleString('en-US')} events with ${generator.name}…`);
    try {
      if (generator.path === model) {
        execFileSync(process.execPath, [model, '--events', String(rows), '--out', tmp], { stdio: ['ignore', 'ignore', 'pipe'] });
      } else {
        generateEvents({ rows, out: tmp });
      }
      const header = firstLine(tmp);
      if (header.trim() !== HEADER) throw new Error(`unexpected header "${header}"`);
      const lines = countLines(tmp);
      if (lines !== rows + 1) throw new Error(`wrote ${lines - 1} rows, expected ${rows}`);
      renameSync(tmp, file);
      const bytes = statSync(file).size;
      writeFileSync(meta, JSON.stringify({ rows, bytes, hash, generator: generator.name }));
      return { path: file, rows, bytes, generator: generator.name };
    } catch (error) {
      rmSync(tmp, { force: true });
      log(`  ${generator.name} failed (${error instanceof Error ? error.message.split('\n')[0] : error}); trying the next generator`);
    }
  }
  throw new Error(`could not generate ${rows} events`);
}

function countLines(path) {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 22);
  let lines = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      for (let i = 0; i < n; i++) if (buffer[i] === 10) lines++;
    }
  } finally {
    closeSync(fd);
  }
  return lines;
}
