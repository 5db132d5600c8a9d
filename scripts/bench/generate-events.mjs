#!/usr/bin/env node
/**
 * Fallback event-log generator for the benchmark, used only when
 * scripts/data/generate-retention.mjs (the calibrated model) is missing or fails.
 * Writes the EVENTS schema (user_id,platform,region,signup_date,activity_date), seeded and
 * deterministic; the shape (a few rows per user, heavy early churn) is close enough for
 * timing, not for analysis.
 *
 *   node scripts/bench/generate-events.mjs --events 1000000 --out .cache/bench/events.csv [--seed 7]
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLATFORMS = [
  { name: 'Threads', start: Date.UTC(2023, 6, 5), weight: 4 },
  { name: 'X', start: Date.UTC(2022, 0, 1), weight: 2 },
  { name: 'Bluesky', start: Date.UTC(2024, 1, 6), weight: 2 },
  { name: 'Mastodon', start: Date.UTC(2022, 9, 27), weight: 1 },
];
const REGIONS = ['US', 'EU-27', 'Brazil', 'Other'];
const END = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoCache = new Map();
function iso(ms) {
  let s = isoCache.get(ms);
  if (s === undefined) {
    s = new Date(ms).toISOString().slice(0, 10);
    isoCache.set(ms, s);
  }
  return s;
}

/** Write exactly `rows` event rows to `out`; returns the row count. */
export function generateEvents({ rows, out, seed = 20231214 }) {
  const rand = mulberry32(seed);
  const totalWeight = PLATFORMS.reduce((a, p) => a + p.weight, 0);
  mkdirSync(dirname(out), { recursive: true });
  const fd = openSync(out, 'w');
  let written = 0;
  try {
    writeSync(fd, 'user_id,platform,region,signup_date,activity_date\n');
    let buffer = [];
    for (let user = 0; written < rows; user++) {
      let w = rand() * totalWeight;
      const platform = PLATFORMS.find((p) => (w -= p.weight) < 0) ?? PLATFORMS[0];
      const region = REGIONS[Math.floor(rand() * REGIONS.length)];
      // Early signups dominate: the square pulls the draw towards the launch.
      const span = (END - platform.start) / DAY;
      const signup = platform.start + Math.floor(rand() * rand() * span) * DAY;
      // Lifetime with a heavy tail; active on each day of it with probability 0.3.
      const lifetime = Math.min(365, Math.floor(3 / Math.pow(rand() + 1e-9, 0.9)));
      const prefix = `u${user},${platform.name},${region},${iso(signup)},`;
      for (let d = 0; d <= lifetime && written < rows; d++) {
        const day = signup + d * DAY;
        if (day > END) break;
        if (d === 0 || rand() < 0.3) {
          buffer.push(prefix + iso(day));
          written++;
        }
      }
      if (buffer.length >= 65_536) {
        writeSync(fd, `${buffer.join('\n')}\n`);
        buffer = [];
      }
    }
    if (buffer.length > 0) writeSync(fd, `${buffer.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const rows = Number(arg('--events'));
  const out = arg('--out');
  if (!Number.isInteger(rows) || rows <= 0 || !out) {
    console.error('usage: generate-events.mjs --events N --out FILE [--seed S]');
    process.exit(2);
  }
  const n = generateEvents({ rows, out: resolve(out), seed: Number(arg('--seed') ?? 20231214) });
  console.log(`wrote ${n} events to ${out}`);
}
