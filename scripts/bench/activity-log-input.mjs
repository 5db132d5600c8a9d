/**
 * A seeded product activity log for the `import_activity_1m` figure, as an analytics tool
 * exports one: `user_id,event,timestamp` with ISO 8601 UTC timestamps (`…Z`) and no signup
 * column, so the import derives every signup day from first activity. Cached under
 * .cache/bench/inputs (git-ignored) while this file is unchanged.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HEADER = 'user_id,event,timestamp';
const EVENTS = ['app_open', 'app_open', 'app_open', 'view_post', 'view_post', 'like', 'post', 'follow'];
const DAY = 86_400_000;

/** mulberry32: the same file on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Users sign up over the first half of 2024; each keeps coming back with a probability that
 * falls with the days since signup (a retention curve's shape), doing 1–4 events a visit.
 */
async function write(path, rows) {
  const next = random(20240101);
  const out = createWriteStream(path);
  let chunk = [`${HEADER}`];
  let written = 0;
  const flush = async () => {
    if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
    chunk = [];
  };
  for (let user = 1; written < rows; user += 1) {
    const signup = Date.UTC(2024, 0, 1) + Math.floor(next() * 182) * DAY;
    const stay = 0.05 + next() * 0.5;
    for (let day = 0; day < 120 && written < rows; day += 1) {
      if (day > 0 && next() > stay / Math.sqrt(day)) continue;
      const visits = 1 + Math.floor(next() * 4);
      for (let v = 0; v < visits && written < rows; v += 1) {
        const at = new Date(signup + day * DAY + Math.floor(next() * DAY));
        chunk.push(`u${user},${EVENTS[Math.floor(next() * EVENTS.length)]},${at.toISOString().slice(0, 19)}Z`);
        written += 1;
      }
    }
    if (chunk.length > 10_000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
}

/** The path of an activity log of exactly `rows` rows, written when not cached: { path, rows, bytes, generator }. */
export async function ensureActivityLog(root, rows, log) {
  const dir = join(root, '.cache', 'bench', 'inputs');
  mkdirSync(dir, { recursive: true });
  const self = fileURLToPath(import.meta.url);
  const generator = 'scripts/bench/activity-log-input.mjs';
  const hash = createHash('sha256').update(readFileSync(self)).digest('hex').slice(0, 12);
  const file = join(dir, `activity-log-${rows}.csv`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    const cached = JSON.parse(readFileSync(meta, 'utf8'));
    if (cached.hash === hash && cached.rows === rows && statSync(file).size === cached.bytes)
      return { path: file, rows, bytes: cached.bytes, generator };
  }
  log(`generating an activity log of ${rows.toLocaleString('en-US')} rows (user_id,event,timestamp)…`);
  await write(`${file}.tmp`, rows);
  renameSync(`${file}.tmp`, file);
  const bytes = statSync(file).size;
  writeFileSync(meta, JSON.stringify({ rows, bytes, hash, generator }));
  return { path: file, rows, bytes, generator };
}
