#!/usr/bin/env node
/**
 * Builds data/signups.csv from the reference compilation
 * ../shared/reference/platform-milestones.csv (relative to the repo root).
 *
 *   node scripts/data/build-signups.mjs              # rewrites data/signups.csv
 *   node scripts/data/build-signups.mjs --out FILE   # writes FILE instead
 *
 * No dependencies. The output is deterministic: same input, same bytes
 * (UTF-8, LF line endings, header row, comma delimiter, double-quote quoting
 * only where a field needs it, empty field for a missing note).
 *
 * Columns written (SIGNUPS in src/lib/datasets/store/schemas.ts, in that order):
 *   platform,date,metric,measure,basis,value,region,coverage,source,note,kind,vendor
 *
 * Input: every row of the reference CSV (source columns:
 * platform,date,metric,value,region,source,note), then the few figures the compilation
 * gives only in its text (facts.md), listed in EXTRA_FIGURES below with their sources.
 *
 * Mapping per row:
 *   platform, date, metric, value, source, note  copied verbatim (value keeps its
 *                                                 source spelling: integer or fraction 0-1)
 *   coverage  the source's region string verbatim
 *   region    coverage in the one region vocabulary (see REGION below and data/README.md)
 *   measure   see MEASURE below; anything not listed is "other"
 *   basis     see basisOf() below
 *   vendor    who produced the figure (see vendorOf() below): the company for its own
 *             figures, else the data vendor or tracker; a producer that changed its
 *             counting gets a second vendor name, so the two are never one line
 *   kind      always "reported": every row is taken from a source
 *
 * MEASURE rule:
 *   signups_cumulative, registered_accounts                      -> registered
 *   MAU, MAU_estimate, MAU_EU                                    -> MAU
 *     (MAU_EU is X's DSA Art. 24(2) average monthly active recipients
 *      in the EU; its region is EU-27 or a member state such as France)
 *   DAU, DAU_estimate, DAU_android_estimate, DAU_mobile_estimate -> DAU
 *   mDAU                                                         -> mDAU
 *     (Twitter's "monetizable" DAU: logged-in users who can be shown ads.
 *      It is NOT DAU and is kept apart.)
 *   everything else (downloads_cumulative, signups_per_day, new_signups_period,
 *   users_estimate, active_90d_accounts, *_decline_vs_peak, share_of_*) -> other
 *
 * BASIS rule ("company" or "estimate"), first match wins:
 *   1. metric ends with "_estimate"                            -> estimate
 *   2. the source names a third-party tracker, data vendor or
 *      independent analyst (a VENDORS entry below)             -> estimate
 *      This covers the *_decline_vs_peak rows, which are computed from
 *      Sensor Tower / Similarweb data.
 *   3. the note marks the figure as third-party or as coming from
 *      unnamed "some sources"                                   -> estimate
 *   4. otherwise                                               -> company
 *      i.e. the platform, its executives (Zuckerberg, Mosseri, Musk,
 *      Yaccarino, Graber, Rochko), its filings and posts (Meta earnings,
 *      Twitter results, X DSA reports, Bluesky posts/blog), or press reports
 *      of such figures that name no third-party origin.
 */

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const inputPath = resolve(repoRoot, '..', 'shared', 'reference', 'platform-milestones.csv');
// `--out FILE` writes elsewhere (the reproducibility test compares it with data/signups.csv).
const outArg = process.argv.indexOf('--out');
const outputPath = outArg === -1 ? resolve(repoRoot, 'data', 'signups.csv') : resolve(process.argv[outArg + 1] ?? '');

const INPUT_HEADER = ['platform', 'date', 'metric', 'value', 'region', 'source', 'note'];
const OUTPUT_HEADER = [
  'platform',
  'date',
  'metric',
  'measure',
  'basis',
  'value',
  'region',
  'coverage',
  'source',
  'note',
  'kind',
  'vendor',
];
const EXPECTED_INPUT_ROWS = 133;
const PLATFORM_ORDER = ['Threads', 'X', 'Bluesky', 'Mastodon'];

/**
 * Figures the reference compilation states only in its text (facts.md §2.1, §3.6 and §5:
 * "not added" to its CSV because they are secondary), in the CSV's own columns. Each keeps
 * its source and says in `note` why it is weaker than a company post.
 */
const DATA_AI_EU =
  "data.ai via Le Figaro (kulturegeek.fr 'Threads en Europe: 2,6 millions de téléchargements'); t3n.de 'Threads-Start in Deutschland'";
const DATA_AI_NOTE =
  'first three days of the EU launch (2023-12-14 to 12-16); third-party estimate of downloads, not signups';
const BSKY_TRACKER = 'bsky-users tracker (github.com/elaval/bskyusers, hourly readings of bsky-users.theo.io)';
const EXTRA_FIGURES = [
  ['Threads', '2023-12-16', 'downloads_cumulative', '1060000', 'Italy', DATA_AI_EU, DATA_AI_NOTE],
  ['Threads', '2023-12-16', 'downloads_cumulative', '550000', 'Germany', DATA_AI_EU, DATA_AI_NOTE],
  ['Threads', '2023-12-16', 'downloads_cumulative', '440000', 'France', DATA_AI_EU, DATA_AI_NOTE],
  ['Threads', '2023-12-16', 'downloads_cumulative', '350000', 'Spain', DATA_AI_EU, DATA_AI_NOTE],
  ['Threads', '2023-12-16', 'downloads_cumulative', '45000', 'Poland', DATA_AI_EU, DATA_AI_NOTE],
  [
    'X',
    '2024-10-01',
    'MAU_estimate',
    '318000000',
    'global',
    'Sensor Tower via Beijing Times 2024-11-01',
    'October 2024 (month precision); about 318M; third-party estimate; secondary only',
  ],
  [
    'X',
    '2024-12-01',
    'MAU',
    '570000000',
    'global',
    'X claim cited by Social Samosa (Dec 2024) and sbtecnews; no primary X post found',
    "month precision; cited beside X's claimed 250M DAU; secondary only, unverified",
  ],
  [
    'X',
    '2025-04-01',
    'MAU',
    '600000000',
    'global',
    'Linda Yaccarino as quoted by techpression; no primary post found',
    "'~600M'; about; April 2025 (month precision); secondary only, unverified",
  ],
  [
    'Bluesky',
    '2025-01-01',
    'registered_accounts',
    '25940000',
    'global',
    BSKY_TRACKER,
    "third-party tracker of Bluesky's account counter; reading on 2025-01-01",
  ],
  [
    'Bluesky',
    '2025-02-01',
    'registered_accounts',
    '30400000',
    'global',
    BSKY_TRACKER,
    "third-party tracker of Bluesky's account counter; reading on 2025-02-01",
  ],
  [
    'Bluesky',
    '2025-06-01',
    'registered_accounts',
    '36270000',
    'global',
    BSKY_TRACKER,
    "third-party tracker of Bluesky's account counter; reading on 2025-06-01",
  ],
  [
    'Bluesky',
    '2025-12-01',
    'registered_accounts',
    '40630000',
    'global',
    BSKY_TRACKER,
    "third-party tracker of Bluesky's account counter; reading on 2025-12-01",
  ],
];

const MEASURE = {
  signups_cumulative: 'registered',
  registered_accounts: 'registered',
  MAU: 'MAU',
  MAU_estimate: 'MAU',
  MAU_EU: 'MAU',
  DAU: 'DAU',
  DAU_estimate: 'DAU',
  DAU_android_estimate: 'DAU',
  DAU_mobile_estimate: 'DAU',
  mDAU: 'mDAU',
};

/**
 * The one region vocabulary (data/README.md): global, US, EU-27, Brazil, and EU member
 * states by English name. The source's wording stays verbatim in `coverage`.
 */
const REGION = {
  global: 'global',
  'global excl. EU': 'global',
  'global (Android only)': 'global',
  'global (mobile apps)': 'global',
  'global (iOS+Android)': 'global',
  'global (mostly Brazil)': 'global',
  US: 'US',
  'US (Android only)': 'US',
  'EU-27': 'EU-27',
  Brazil: 'Brazil',
  France: 'France',
  Germany: 'Germany',
  Italy: 'Italy',
  Spain: 'Spain',
  Poland: 'Poland',
};

/**
 * Third-party trackers, data vendors and independent analysts, matched in `source`, first
 * match wins, each with the vendor name the data carries. Three analyses of the same
 * api.joinmastodon.org statistics are one vendor: they read one counter.
 */
const VENDORS = [
  [/bsky-users tracker/i, 'bsky-users tracker'],
  [/sensor tower/i, 'Sensor Tower'],
  [/similarweb/i, 'Similarweb'],
  [/data\.ai/i, 'data.ai'],
  [/statista/i, 'Statista'],
  [/\blusa\b/i, 'Lusa'],
  [/bluefacts/i, 'bluefacts.app'],
  [/bsky stats|bluesky stats|engineer's public dashboard/i, 'Bsky Stats'],
  [/online tracker/i, 'unnamed online tracker'],
  [/third-party stats/i, 'third-party stats (Hacker News)'],
  [/mastodon-analytics|micah lee|techwarrant/i, 'api.joinmastodon.org statistics'],
  [/@mastodonusercount|user-count bot/i, '@mastodonusercount bot'],
  [/hilda bastian/i, 'Hilda Bastian (PLOS)'],
];

/** Notes that mark a figure as not coming from the platform, with the vendor name they get. */
const THIRD_PARTY_NOTE = [
  [/'some sources'/i, 'unnamed sources'],
  [/third-party/i, null],
];

/** The company behind each platform's own figures. */
const COMPANY = { Threads: 'Meta', X: 'Twitter / X', Bluesky: 'Bluesky', Mastodon: 'Mastodon' };

/**
 * Company figures counted another way than the company's usual count: Rochko's 2022 crawler
 * of Mastodon servers, and X's DSA figures from H1 2025, which do not reconcile with the
 * earlier reports (facts.md §5: a change of counting is likely but unconfirmed).
 */
const COMPANY_METHODS = [
  // Both figures of Rochko's post of 2022-05-11 (accounts and active users) are his crawler's.
  [
    (r) => r.platform === 'Mastodon' && /Rochko post/.test(r.source) && /2022-05-11/.test(r.source),
    "Mastodon, Rochko's crawler",
  ],
  [(r) => r.platform === 'X' && r.metric === 'MAU_EU' && r.date >= '2025-04-01', 'Twitter / X, DSA counting from 2025'],
];

function measureOf(metric) {
  return Object.hasOwn(MEASURE, metric) ? MEASURE[metric] : 'other';
}

function basisOf(row) {
  if (row.metric.endsWith('_estimate')) return 'estimate';
  if (VENDORS.some(([re]) => re.test(row.source))) return 'estimate';
  if (THIRD_PARTY_NOTE.some(([re]) => re.test(row.note))) return 'estimate';
  return 'company';
}

function vendorOf(row, basis) {
  if (basis === 'company') {
    const method = COMPANY_METHODS.find(([applies]) => applies(row));
    return method ? method[1] : COMPANY[row.platform];
  }
  const named =
    VENDORS.find(([re]) => re.test(row.source)) ?? THIRD_PARTY_NOTE.find(([re, name]) => name && re.test(row.note));
  if (!named) throw new Error(`no vendor for the estimate ${row.platform} ${row.date} ${row.metric}: ${row.source}`);
  return named[1];
}

function regionOf(coverage) {
  if (!Object.hasOwn(REGION, coverage)) throw new Error(`unknown region string: ${JSON.stringify(coverage)}`);
  return REGION[coverage];
}

/** RFC 4180 parser: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`stray quote in unquoted field near offset ${i}`);
      inQuotes = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i += 1;
  }
  if (inQuotes) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function csvField(value) {
  const s = String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function main() {
  const [header, ...records] = parseCsv(readFileSync(inputPath, 'utf8'));
  if (header.join(',') !== INPUT_HEADER.join(',')) {
    throw new Error(`unexpected input header: ${header.join(',')}`);
  }
  if (records.length !== EXPECTED_INPUT_ROWS)
    throw new Error(`expected ${EXPECTED_INPUT_ROWS} input rows, got ${records.length}`);
  const rows = [...records, ...EXTRA_FIGURES].map((fields, index) => {
    const line = index < records.length ? `input row ${index + 2}` : `EXTRA_FIGURES[${index - records.length}]`;
    if (fields.length !== INPUT_HEADER.length) {
      throw new Error(`${line}: ${fields.length} fields, expected ${INPUT_HEADER.length}`);
    }
    const r = Object.fromEntries(INPUT_HEADER.map((name, j) => [name, fields[j]]));
    if (!PLATFORM_ORDER.includes(r.platform)) throw new Error(`${line}: unknown platform ${r.platform}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date)) throw new Error(`${line}: bad date ${r.date}`);
    if (!/^\d+(\.\d+)?$/.test(r.value)) throw new Error(`${line}: bad value ${r.value}`);
    const basis = basisOf(r);
    return {
      index,
      platform: r.platform,
      date: r.date,
      metric: r.metric,
      measure: measureOf(r.metric),
      basis,
      value: r.value,
      region: regionOf(r.region),
      coverage: r.region,
      source: r.source,
      note: r.note,
      kind: 'reported',
      vendor: vendorOf(r, basis),
    };
  });

  // Platform order, then date, then metric (code-point order); ties keep source order.
  rows.sort(
    (a, b) =>
      PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform) ||
      cmp(a.date, b.date) ||
      cmp(a.metric, b.metric) ||
      a.index - b.index,
  );

  // SIGNUPS.key is (platform, date, metric, region, coverage). The source has two
  // intraday pairs that share it (Threads launch-day milestones 2M/5M on 2023-07-05
  // and 10M/30M on 2023-07-06); they are distinct reported figures and are all kept.
  // A row repeated in full, however, is an error.
  const seenKey = new Map();
  const seenRow = new Set();
  for (const r of rows) {
    const full = OUTPUT_HEADER.map((name) => r[name]).join('\u0000');
    if (seenRow.has(full)) throw new Error(`row repeated: ${r.platform} ${r.date} ${r.metric} ${r.value}`);
    seenRow.add(full);
    const key = [r.platform, r.date, r.metric, r.region, r.coverage].join(' | ');
    seenKey.set(key, (seenKey.get(key) ?? 0) + 1);
  }
  for (const [key, n] of seenKey) {
    if (n > 1) process.stderr.write(`note: ${n} rows share the SIGNUPS key ${key} (kept; values differ)\n`);
  }

  const lines = [OUTPUT_HEADER.join(',')];
  for (const r of rows) lines.push(OUTPUT_HEADER.map((name) => csvField(r[name])).join(','));
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, `${lines.join('\n')}\n`, 'utf8');
  process.stdout.write(`wrote ${rows.length} rows to ${outputPath}\n`);
}

main();
