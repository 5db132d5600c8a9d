/**
 * Seeded event logs for the import and retention timings, cached under .cache/bench/inputs
 * (git-ignored). The calibrated model's generator (scripts/data/generate-retention.mjs
 * --events N --out FILE) writes them. A cached file is reused only while the generator's source and the bundled sample are
 * unchanged.
 *
 * The model's bundled sample (data/events-sample.csv) is the first rows of the model's one
 * stream of users, so a log taken from the start would repeat every bundled row and the
 * app's import would rightly reject them as duplicates. The bench's logs therefore continue
 * the stream after the sample: an analyst's own log of N new rows.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';

const HEADER = 'user_id,platform,region,signup_date,activity_date,kind';

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

/** Byte offset just past the `n`-th newline of a file. */
function offsetAfterLine(path, n) {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let seen = 0;
  let position = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, position);
      if (read === 0) throw new Error(`${path} has fewer than ${n} lines`);
      for (let i = 0; i < read; i++) {
        if (buffer[i] === 10 && ++seen === n) return position + i + 1;
      }
      position += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** Copy `from` to `to` without data rows 1..skip (the header stays). */
async function dropLeadingRows(from, to, skip) {
  const start = offsetAfterLine(from, skip + 1);
  const out = createWriteStream(to);
  out.write(`${HEADER}\n`);
  await pipeline(createReadStream(from, { start }), out);
}

/**
 * The path of an event log of exactly `rows` rows, generating it when not cached.
 * Returns { path, rows, bytes, generator }.
 */
export async function ensureEvents(root, rows, log) {
  const dir = join(root, '.cache', 'bench', 'inputs');
  mkdirSync(dir, { recursive: true });
  const model = join(root, 'scripts', 'data', 'generate-retention.mjs');
  const generator = { name: 'scripts/data/generate-retention.mjs', path: model };

  const sample = join(root, 'data', 'events-sample.csv');
  const sampleRows = existsSync(sample) ? countLines(sample) - 1 : 0;

  const skip = sampleRows;
  const hash = `${sourceHash(generator.path)}-${skip}`;
  const file = join(dir, `events-${sizeLabel(rows)}.csv`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    const cached = JSON.parse(readFileSync(meta, 'utf8'));
    if (cached.hash === hash && cached.rows === rows && statSync(file).size === cached.bytes) {
      return { path: file, rows, bytes: cached.bytes, generator: generator.name };
    }
  }
  const tmp = `${file}.tmp`;
  log(
    `generating ${rows.toLocaleString('en-US')} events with ${generator.name}${skip ? ` (after the ${skip.toLocaleString('en-US')} bundled sample rows)` : ''}…`,
  );
  try {
    const raw = `${file}.raw`;
    execFileSync(process.execPath, [model, '--events', String(rows + skip), '--out', raw], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await dropLeadingRows(raw, tmp, skip);
    rmSync(raw, { force: true });
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
    rmSync(`${file}.raw`, { force: true });
    throw new Error(
      `${generator.name} could not generate ${rows} events: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
  }
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
