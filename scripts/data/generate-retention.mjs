#!/usr/bin/env node
/**
 * Generates the MODELLED retention data: data/retention.csv (aggregate cohorts) and
 * data/events-sample.csv (a small raw activity log drawn from the same model).
 *
 *   node scripts/data/generate-retention.mjs                      # rewrite both bundled files
 *   node scripts/data/generate-retention.mjs --out-dir DIR        # write both files into DIR
 *   node scripts/data/generate-retention.mjs --events 1000000 --out .cache/events-1m.csv
 *                                                                 # a large log for the bench
 *   node scripts/data/generate-retention.mjs --check              # print the calibration table only
 *
 * No dependencies. Deterministic: a seeded PRNG (mulberry32), integer day arithmetic in
 * UTC, no Date.now(), no locale formatting, so the same command writes the same bytes.
 * A log of N events is the first N rows of one fixed stream of simulated users, so the
 * bundled sample is the first rows of every larger log.
 *
 * THE MODEL (one user):
 *   - signs up on day 0 and is active on it;
 *   - has a last active day L with survival S(N) = P(L >= N)
 *       S(N) = sInf + (1 - sInf) * (1 + N / tau) ^ (-beta)
 *     (a share sInf never leaves within the observed window);
 *   - on each day 0 < N < L is active with probability q, and is active on day L.
 *   So, for N >= 1:
 *       unbounded retention (active on day N or later)  = S(N)
 *       N-day retention     (active on day N)            = S(N) - S(N+1) + S(N+1) * q
 *
 * CALIBRATION (targets from ../shared/reference/facts.md; checked on every run, the script
 * throws when a calibrated profile misses its target by more than 0.005):
 *   threadsLaunch   N-day D30 = 0.21  Threads' month-one drop of 79% (Similarweb Android DAU
 *                                     7 Jul -> 7 Aug 2023; 82% per Sensor Tower by 31 Jul)
 *                   unbounded D30 = 0.42, so unbounded D22 < 0.5: Zuckerberg's "more than
 *                                     half" of first-week signups gone (town hall 2023-07-27)
 *   xMature         N-day D1/D14/D30 = 0.25/0.09/0.06: Adjust 2022 global app medians
 *                                     (X treated as a mature network: no launch effect)
 *   blueskySteady,
 *   mastodonSteady  N-day D1 = 0.23 (Adjust 2022 social vertical), D30 = 0.06 (Adjust median)
 *   mastodonSurge   unbounded D60 = 0.65: Mastodon MAU ~2.6M (late Nov 2022) -> ~1.8M (Jan
 *                                     2023) with ~0.3M pre-surge users: (1.8-0.3)/(2.6-0.3)
 *                   N-day D30 = 0.15  assumption (Mastodon users are not daily users)
 *   threadsSteady   N-day D1 = 0.35, D30 = 0.12    assumption (later Threads cohorts)
 *   blueskySurge    N-day D1 = 0.30, D30 = 0.08    assumption (opening / surge cohorts)
 * Cohort sizes are assumptions shaped by the reported milestones (Threads: 100M signups in
 * 5 days; Bluesky: 1M signups on opening day, +2.4M in the Brazil week, the Nov 2024 US
 * surge; Mastodon: 489k new users 27 Oct - 7 Nov 2022). See data/README.md.
 *
 * OUTPUT retention.csv (schema RETENTION): one row per platform, region, 7-day signup block
 * (cohort_start = the block's first day; blocks start on the platform's window start) and
 * day offset, for offsets 0-30, every multiple of 7 up to 364, every multiple of 30 up to
 * 360 and 365, and only while the whole block has been observed (block end + offset <=
 * the platform's as-of day). Counts are the model's expectations, rounded.
 *
 * OUTPUT events (schema EVENTS): user_id,platform,region,signup_date,activity_date,kind (always
 * "modelled"); users
 * cycle through the four platforms; within a platform the signup day is drawn in
 * proportion to the modelled signups; activity runs up to the platform's as-of day.
 */

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = 20230705;
const SOURCE = 'generate-retention.mjs';
// Keeps events-sample.csv under 2 MB, the start-up budget for one bundled file.
const SAMPLE_EVENTS = 32_000;
const MAX_OFFSET = 365;

// ---------------------------------------------------------------------------- PRNG & days

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

const DAY_MS = 86_400_000;
const dayOf = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------- the model

/** Profiles: survival S(N) and daily activity q. Values from the calibration above. */
const PROFILES = {
  threadsLaunch: { sInf: 0.2, tau: 2, beta: 0.465, q: 0.495 },
  threadsSteady: { sInf: 0.1, tau: 2, beta: 0.47, q: 0.3425 },
  xMature: { sInf: 0.03, tau: 3.4, beta: 0.595, q: 0.2025 },
  blueskySteady: { sInf: 0.04, tau: 1.5, beta: 0.41, q: 0.18 },
  blueskySurge: { sInf: 0.06, tau: 1.5, beta: 0.475, q: 0.2775 },
  mastodonSurge: { sInf: 0.3, tau: 4, beta: 0.25, q: 0.2075 },
  mastodonSteady: { sInf: 0.04, tau: 1.5, beta: 0.41, q: 0.18 },
};

/** kind n = N-day retention, u = unbounded retention. Checked on every run. */
const TARGETS = [
  ['threadsLaunch', 'n', 30, 0.21, "Threads month-one drop 79% (Similarweb); 82% (Sensor Tower)"],
  ['threadsLaunch', 'u', 30, 0.42, 'assumption; keeps unbounded D22 < 0.5 (Zuckerberg: more than half gone)'],
  ['xMature', 'n', 1, 0.25, 'Adjust 2022 median D1'],
  ['xMature', 'n', 14, 0.09, 'Adjust 2022 median D14'],
  ['xMature', 'n', 30, 0.06, 'Adjust 2022 median D30'],
  ['blueskySteady', 'n', 1, 0.23, 'Adjust 2022 social D1'],
  ['blueskySteady', 'n', 30, 0.06, 'Adjust 2022 median D30'],
  ['mastodonSteady', 'n', 1, 0.23, 'Adjust 2022 social D1'],
  ['mastodonSteady', 'n', 30, 0.06, 'Adjust 2022 median D30'],
  ['mastodonSurge', 'u', 60, 0.65, 'Mastodon MAU ~2.6M (Nov 2022) -> ~1.8M (Jan 2023), 0.3M pre-surge base'],
  ['mastodonSurge', 'n', 30, 0.15, 'assumption'],
  ['threadsSteady', 'n', 1, 0.35, 'assumption'],
  ['threadsSteady', 'n', 30, 0.12, 'assumption'],
  ['blueskySurge', 'n', 1, 0.3, 'assumption'],
  ['blueskySurge', 'n', 30, 0.08, 'assumption'],
];

const survival = (p, n) => (n <= 0 ? 1 : p.sInf + (1 - p.sInf) * Math.pow(1 + n / p.tau, -p.beta));
const nDay = (p, n) => (n <= 0 ? 1 : survival(p, n) - survival(p, n + 1) + survival(p, n + 1) * p.q);

const lerp = (a, b, t) => ({
  sInf: a.sInf + (b.sInf - a.sInf) * t,
  tau: a.tau + (b.tau - a.tau) * t,
  beta: a.beta + (b.beta - a.beta) * t,
  q: a.q + (b.q - a.q) * t,
});

/**
 * The platforms: window start (day 0 of block 0), number of 7-day signup blocks, the
 * modelled signups of each block and region, the daily weights inside a block, and the
 * profile of each (block, region). The as-of day leaves the last block 100 days observed.
 */
const PLATFORMS = [
  {
    platform: 'Threads',
    start: '2023-07-05',
    blocks: 40,
    regions: ['US', 'EU-27', 'rest of world'],
    // 100M signups in ~5 days (Zuckerberg); EU opened on 2023-12-14, in block 23.
    signups(k, region) {
      if (region === 'EU-27') return k < 23 ? 0 : k === 23 ? 6e6 : 0.6e6;
      const total = k === 0 ? 110e6 : k === 1 ? 18e6 : k === 2 ? 8e6 : 2e6 + 3e6 * Math.exp(-(k - 3) / 6);
      return total * (region === 'US' ? 0.22 : 0.78);
    },
    // 30M by the morning of Jul 6, 70M by Jul 7, 100M by Jul 10; the EU block opens on its 2nd day.
    dayWeights: (k, region) => (k === 0 ? [30, 40, 20, 5, 5, 5, 5] : region === 'EU-27' && k === 23 ? [0, 6, 2, 1, 1, 1, 1] : null),
    profile(k, region) {
      if (region === 'EU-27' && k === 23) return lerp(PROFILES.threadsLaunch, PROFILES.threadsSteady, 0.5);
      if (k <= 2) return lerp(PROFILES.threadsLaunch, PROFILES.threadsSteady, k / 3);
      return PROFILES.threadsSteady;
    },
  },
  {
    platform: 'X',
    // Same window as Threads, for comparison; X is a mature network with no launch effect.
    start: '2023-07-05',
    blocks: 26,
    regions: ['US', 'rest of world'],
    signups: (_k, region) => 3.2e6 * (region === 'US' ? 0.2 : 0.8),
    dayWeights: () => null,
    profile: () => PROFILES.xMature,
  },
  {
    platform: 'Bluesky',
    // Public opening without invite codes.
    start: '2024-02-06',
    blocks: 44,
    regions: ['US', 'Brazil', 'rest of world'],
    signups(k, region) {
      const base = (k === 0 ? 1.6e6 : k === 1 ? 0.6e6 : 0.25e6) * { US: 0.3, Brazil: 0.1, 'rest of world': 0.6 }[region];
      // Block 29 holds 2024-08-30 (X suspended in Brazil); block 39 holds the 2024-11-05 US election.
      const brazil = { 29: 2.4e6, 30: 0.6e6 }[k] ?? 0;
      const us = { 39: 3e6, 40: 4e6, 41: 2.5e6, 42: 1.2e6 }[k] ?? 0;
      return base + (region === 'Brazil' ? brazil : 0) + us * { US: 0.6, Brazil: 0, 'rest of world': 0.4 }[region];
    },
    dayWeights: (k, region) => (k === 0 ? [4, 2, 1, 1, 1, 1, 1] : k === 29 && region === 'Brazil' ? [0, 0, 0, 4, 3, 2, 2] : null),
    profile(k, region) {
      if (k === 0 || (k === 29 && region === 'Brazil') || (k >= 39 && k <= 40 && region !== 'Brazil')) return PROFILES.blueskySurge;
      return PROFILES.blueskySteady;
    },
  },
  {
    platform: 'Mastodon',
    // Musk's takeover of Twitter, start of the surge.
    start: '2022-10-27',
    blocks: 30,
    regions: ['EU-27', 'rest of world'],
    signups(k) {
      const total = [300e3, 350e3, 500e3, 400e3, 280e3, 200e3, 150e3, 120e3][k] ?? 40e3 + 50e3 * Math.exp(-(k - 8) / 5);
      return total * 0.5;
    },
    dayWeights: () => null,
    profile(k) {
      if (k <= 5) return PROFILES.mastodonSurge;
      if (k <= 9) return lerp(PROFILES.mastodonSurge, PROFILES.mastodonSteady, (k - 5) / 5);
      return PROFILES.mastodonSteady;
    },
  },
];

/** Offsets written to retention.csv: daily to 30, then the weekly and monthly heatmap columns. */
function storedOffsets() {
  const set = new Set();
  for (let n = 0; n <= 30; n++) set.add(n);
  for (let n = 0; n <= MAX_OFFSET; n += 7) set.add(n);
  for (let n = 0; n <= MAX_OFFSET; n += 30) set.add(n);
  set.add(MAX_OFFSET);
  return [...set].sort((a, b) => a - b);
}

/**
 * Every (block, region) cohort of every platform, with its size and profile. Cohorts after
 * the calibrated first block get a small seeded jitter so the heatmap is not uniform.
 */
function buildCohorts() {
  const rand = mulberry32(SEED);
  const cohorts = [];
  for (const p of PLATFORMS) {
    const start = dayOf(p.start);
    const asOf = start + 7 * p.blocks + 99;
    for (let k = 0; k < p.blocks; k++) {
      for (const region of p.regions) {
        const base = p.profile(k, region);
        const jitter = () => 1 + 0.08 * (rand() - 0.5);
        // Block 0 is the calibrated launch cohort: no jitter, so its figures are the targets.
        const sizeJitter = k === 0 ? 1 : jitter();
        const profile = k === 0 ? base : { ...base, beta: base.beta * jitter(), q: Math.min(0.95, base.q * jitter()) };
        const size = Math.round(p.signups(k, region) * sizeJitter);
        if (size <= 0) continue;
        cohorts.push({ platform: p.platform, region, block: k, start: start + 7 * k, asOf, size, profile, weights: p.dayWeights(k, region) });
      }
    }
  }
  return cohorts;
}

// ---------------------------------------------------------------------------- outputs

function checkCalibration() {
  const lines = [];
  for (const [name, kind, day, target, why] of TARGETS) {
    const p = PROFILES[name];
    const got = kind === 'n' ? nDay(p, day) : survival(p, day);
    lines.push(`${name.padEnd(15)} ${kind === 'n' ? 'N-day' : 'unbounded'} D${day}: target ${target.toFixed(3)}, model ${got.toFixed(3)}  (${why})`);
    if (Math.abs(got - target) > 0.005) throw new Error(`calibration: ${name} ${kind}${day} is ${got}, target ${target}`);
  }
  const zuck = survival(PROFILES.threadsLaunch, 22);
  lines.push(`threadsLaunch   unbounded D22: ${zuck.toFixed(3)} (must stay below 0.5: "more than half" gone by 2023-07-27)`);
  if (zuck >= 0.5) throw new Error('calibration: Threads launch cohort keeps half its users at day 22');
  return lines.join('\n');
}

function retentionCsv(cohorts) {
  const offsets = storedOffsets();
  const lines = ['platform,region,cohort_start,day_offset,cohort_size,retained,retained_later,kind,source'];
  const order = PLATFORMS.map((p) => p.platform);
  const sorted = [...cohorts].sort(
    (a, b) => order.indexOf(a.platform) - order.indexOf(b.platform) || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) || a.start - b.start,
  );
  for (const c of sorted) {
    const lastObservable = c.asOf - (c.start + 6);
    for (const n of offsets) {
      if (n > lastObservable) break;
      const retained = Math.round(c.size * nDay(c.profile, n));
      const later = Math.round(c.size * survival(c.profile, n));
      lines.push(`${c.platform},${c.region},${isoOf(c.start)},${n},${c.size},${retained},${later},modelled,${SOURCE}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The infinite stream of simulated users, written until `limit` event rows. User i is on
 * platform i mod 4; cohort and day are drawn by modelled signups; then L and the activity.
 */
function writeEvents(fd, limit) {
  const rand = mulberry32(SEED + 1);
  const cohorts = buildCohorts();
  const byPlatform = PLATFORMS.map((p) => {
    const list = cohorts.filter((c) => c.platform === p.platform);
    const cumulative = [];
    let total = 0;
    for (const c of list) cumulative.push((total += c.size));
    return { list, cumulative, total, letter: p.platform[0] };
  });
  const pick = (cumulative, u) => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let written = 0;
  let buffer = [];
  const flush = () => {
    if (buffer.length > 0) writeSync(fd, `${buffer.join('\n')}\n`);
    buffer = [];
  };
  writeSync(fd, 'user_id,platform,region,signup_date,activity_date,kind\n');
  for (let i = 0; written < limit; i++) {
    const pl = byPlatform[i % byPlatform.length];
    const c = pl.list[pick(pl.cumulative, rand() * pl.total)];
    const weights = c.weights ?? [1, 1, 1, 1, 1, 1, 1];
    const wTotal = weights.reduce((a, b) => a + b, 0);
    let w = rand() * wTotal;
    let d = 0;
    while (d < 6 && w >= weights[d]) w -= weights[d++];
    const signup = c.start + d;
    const horizon = c.asOf - signup;
    const u = rand();
    const prefix = `${pl.letter}${String(Math.floor(i / byPlatform.length)).padStart(7, '0')},${c.platform},${c.region},${isoOf(signup)},`;
    for (let n = 0; n <= horizon && written < limit; n++) {
      const alive = survival(c.profile, n) > u;
      if (!alive) break;
      const last = !(survival(c.profile, n + 1) > u);
      if (n === 0 || last || rand() < c.profile.q) {
        buffer.push(`${prefix}${isoOf(signup + n)},modelled`);
        written++;
        if (buffer.length >= 65_536) flush();
      }
    }
  }
  flush();
  return written;
}

function writeFile(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

function writeEventsFile(path, limit) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    return writeEvents(fd, limit);
  } finally {
    closeSync(fd);
  }
}

function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const calibration = checkCalibration();
  if (argv.includes('--check')) {
    console.log(calibration);
    return;
  }
  const events = arg('--events');
  if (events !== undefined) {
    const limit = Number(events);
    const out = arg('--out');
    if (!Number.isInteger(limit) || limit <= 0) throw new Error(`--events wants a positive integer, got "${events}"`);
    if (!out) throw new Error('--events needs --out FILE (large logs are not committed: use .cache/)');
    const n = writeEventsFile(resolve(out), limit);
    console.log(`wrote ${n} events to ${out}`);
    return;
  }
  const dir = resolve(arg('--out-dir') ?? resolve(repoRoot, 'data'));
  const retention = retentionCsv(buildCohorts());
  writeFile(resolve(dir, 'retention.csv'), retention);
  const n = writeEventsFile(resolve(dir, 'events-sample.csv'), SAMPLE_EVENTS);
  console.log(`wrote ${retention.split('\n').length - 2} rows to ${dir}/retention.csv and ${n} events to ${dir}/events-sample.csv`);
}

main(process.argv.slice(2));
