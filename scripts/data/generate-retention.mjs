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
 *   node scripts/data/generate-retention.mjs --signups-out FILE   # the modelled signups per day
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
 * Cohort sizes: signups per day, calibrated to within 15% of the reported growth between
 * consecutive cumulative figures inside each window (Threads' launch-week milestones,
 * Bluesky's account totals, the Mastodon user-count bot); X's from X's claim of 1.7M a day.
 * See PLATFORMS below and data/README.md.
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
  ['threadsLaunch', 'n', 30, 0.21, 'Threads month-one drop 79% (Similarweb); 82% (Sensor Tower)'],
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

/** Piecewise-constant daily rates: [[first day, signups a day], ...], each until the next. */
function steps(table) {
  return (d) => {
    let rate = 0;
    for (const [from, perDay] of table) if (d >= from) rate = perDay;
    return rate;
  };
}

/**
 * The platforms: window start (day 0), number of 7-day signup blocks, the modelled signups
 * of each day and region (`daily(d, region)`, d = days since the window start) and the
 * profile of each (block, region). The as-of day leaves the last block 100 days observed.
 *
 * Daily signups are calibrated so that, between any two reported cumulative figures of a
 * platform (same vendor and coverage) inside the window, the modelled signups are within
 * 15% of the reported growth (test/sql/data/calibration.test.ts; data/README.md lists each
 * interval). A figure dated d counts the signups up to the end of d.
 */
const PLATFORMS = [
  {
    platform: 'Threads',
    start: '2023-07-05',
    blocks: 40,
    regions: ['US', 'EU-27', 'rest of world'],
    // Zuckerberg's milestones: 5M on Jul 5, 30M on Jul 6, 70M on Jul 7, 100M by Jul 10; later
    // weeks (18M, 8M, then 2-5M) are assumptions. The EU opened on 2023-12-14 (day 162):
    // data.ai counted ~1.4M EU downloads that day and ~2.6M in three days, used as signups.
    daily(d, region) {
      if (region === 'EU-27') {
        const eu = [0, 1.4e6, 0.7e6, 0.5e6, 0.4e6, 0.3e6, 0.2e6][d - 161];
        return eu ?? (d > 167 ? 0.6e6 / 7 : 0);
      }
      const k = Math.floor(d / 7);
      const total =
        k === 0
          ? [5e6, 25e6, 40e6, 10e6, 10e6, 10e6, 10e6][d]
          : (k === 1 ? 18e6 : k === 2 ? 8e6 : 2e6 + 3e6 * Math.exp(-(k - 3) / 6)) / 7;
      return total * (region === 'US' ? 0.22 : 0.78);
    },
    profile(k, region) {
      if (region === 'EU-27' && k === 23) return lerp(PROFILES.threadsLaunch, PROFILES.threadsSteady, 0.5);
      if (k <= 2) return lerp(PROFILES.threadsLaunch, PROFILES.threadsSteady, k / 3);
      return PROFILES.threadsSteady;
    },
  },
  {
    platform: 'X',
    // Same window as Threads, for comparison; X is a mature network with no launch effect.
    // 1.7M signups a day: X's own claim of 2024-03-19 (signups.csv), unaudited; the US
    // share is an assumption.
    start: '2023-07-05',
    blocks: 26,
    regions: ['US', 'rest of world'],
    daily: (_d, region) => 1.7e6 * (region === 'US' ? 0.2 : 0.8),
    profile: () => PROFILES.xMature,
  },
  {
    platform: 'Bluesky',
    // Public opening without invite codes, 2024-02-06.
    start: '2024-02-06',
    blocks: 44,
    regions: ['US', 'Brazil', 'rest of world'],
    daily(d, region) {
      const base = steps([
        [0, 1.0e6], // opening day: 1,000,179 signups (CNET)
        [1, 0.5e6],
        [2, 0.1e6], // 3M (Feb 6) -> 5M (Feb 22)
        [17, 14.5e3], // -> 6M (May 1)
        [86, 1.7e3], // -> 10M (Sep 15), almost all of it the Brazil surge
        [223, 187.5e3], // -> 13M (Oct 1)
        [238, 20e3], // quiet October, then the election
        [273, 220e3], // Nov 6-10: >100k a day (Bsky Stats), 14.6M on Nov 10
        [278, 480e3], // -> 17M (Nov 15, Bsky Stats)
        [283, 700e3], // -> 20M (Nov 19, Graber)
        [287, 300e3],
        [298, 120e3],
      ])(d);
      // X suspended in Brazil on 2024-08-30 (day 206): 1M in 3 days, 2M in the week, then
      // 10M by Sep 15; most of it Brazilian (85-90%).
      const brazil =
        d >= 206 && d <= 209 ? [0.3e6, 0.6e6, 0.5e6, 0.4e6][d - 206] : d >= 210 && d <= 222 ? 2.0e6 / 13 : 0;
      // Region shares are assumptions; the election surge (Nov 6-19) beyond the quiet
      // 20k a day is American and rest of world, none of it Brazilian.
      const share = { US: 0.3, Brazil: 0.1, 'rest of world': 0.6 }[region];
      const surge = d >= 273 && d <= 286 ? base - 20e3 : 0;
      const election = surge * { US: 0.6, Brazil: 0, 'rest of world': 0.4 }[region];
      return (base - surge) * share + election + brazil * { US: 0.05, Brazil: 0.87, 'rest of world': 0.08 }[region];
    },
    profile(k, region) {
      if (k === 0 || (k === 29 && region === 'Brazil') || (k >= 39 && k <= 40 && region !== 'Brazil'))
        return PROFILES.blueskySurge;
      return PROFILES.blueskySteady;
    },
  },
  {
    platform: 'Mastodon',
    // Musk's takeover of Twitter, start of the surge. The only cumulative figures in the
    // window are the @mastodonusercount bot's (7M on Nov 18, 8.0M on Dec 3, 8.48M on Dec 16,
    // 10.05M on 2023-03-21), which count every server running Mastodon software.
    start: '2022-10-27',
    blocks: 30,
    regions: ['EU-27', 'rest of world'],
    daily(d) {
      const surge = steps([
        [0, 43e3],
        [7, 50e3],
        [14, 71e3],
        [21, 68e3],
        [35, 45e3],
        [42, 33e3],
      ])(d);
      // From Dec 17 (day 51) a decay to a steady ~8k a day.
      const total = d < 51 ? surge : 8e3 + 25e3 * Math.exp(-(d - 51) / 40);
      return total * 0.5;
    },
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
        const daily = Array.from({ length: 7 }, (_, i) => p.daily(7 * k + i, region) * sizeJitter);
        const size = Math.round(daily.reduce((a, b) => a + b, 0));
        if (size <= 0) continue;
        cohorts.push({ platform: p.platform, region, block: k, start: start + 7 * k, asOf, size, profile, daily });
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
    lines.push(
      `${name.padEnd(15)} ${kind === 'n' ? 'N-day' : 'unbounded'} D${day}: target ${target.toFixed(3)}, model ${got.toFixed(3)}  (${why})`,
    );
    if (Math.abs(got - target) > 0.005)
      throw new Error(`calibration: ${name} ${kind}${day} is ${got}, target ${target}`);
  }
  const zuck = survival(PROFILES.threadsLaunch, 22);
  lines.push(
    `threadsLaunch   unbounded D22: ${zuck.toFixed(3)} (must stay below 0.5: "more than half" gone by 2023-07-27)`,
  );
  if (zuck >= 0.5) throw new Error('calibration: Threads launch cohort keeps half its users at day 22');
  return lines.join('\n');
}

function retentionCsv(cohorts) {
  const offsets = storedOffsets();
  const lines = ['platform,region,cohort_start,day_offset,cohort_size,retained,retained_later,kind,source'];
  const order = PLATFORMS.map((p) => p.platform);
  const sorted = [...cohorts].sort(
    (a, b) =>
      order.indexOf(a.platform) - order.indexOf(b.platform) ||
      (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
      a.start - b.start,
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
 * The model's signups per day and region (platform,region,date,signups, rounded), the
 * split of every cohort of retention.csv over its 7 days: what the calibration test
 * compares with the reported cumulative figures.
 */
function dailySignupsCsv(cohorts) {
  const lines = ['platform,region,date,signups'];
  for (const c of cohorts)
    c.daily.forEach((n, i) => lines.push(`${c.platform},${c.region},${isoOf(c.start + i)},${Math.round(n)}`));
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
    const weights = c.daily;
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
  const signupsOut = arg('--signups-out');
  if (signupsOut !== undefined) {
    writeFile(resolve(signupsOut), dailySignupsCsv(buildCohorts()));
    console.log(`wrote the modelled daily signups to ${signupsOut}`);
    return;
  }
  const dir = resolve(arg('--out-dir') ?? resolve(repoRoot, 'data'));
  const retention = retentionCsv(buildCohorts());
  writeFile(resolve(dir, 'retention.csv'), retention);
  const n = writeEventsFile(resolve(dir, 'events-sample.csv'), SAMPLE_EVENTS);
  console.log(
    `wrote ${retention.split('\n').length - 2} rows to ${dir}/retention.csv and ${n} events to ${dir}/events-sample.csv`,
  );
}

main(process.argv.slice(2));
