#!/usr/bin/env node
/**
 * Builds data/signups.csv from the reference compilation
 * ../shared/reference/platform-milestones.csv (relative to the repo root).
 *
 *   node scripts/data/build-signups.mjs
 *
 * No dependencies. The output is deterministic: same input, same bytes
 * (UTF-8, LF line endings, header row, comma delimiter, double-quote quoting
 * only where a field needs it, empty field for a missing note).
 *
 * Columns written (SIGNUPS in src/lib/datasets/schemas.ts, in that order):
 *   platform,date,metric,measure,basis,value,region,coverage,source,note,kind
 *
 * Mapping per source row (source columns: platform,date,metric,value,region,source,note):
 *   platform, date, metric, value, source, note  copied verbatim (value keeps its
 *                                                 source spelling: integer or fraction 0-1)
 *   coverage  the source's region string verbatim
 *   region    coverage normalised for the region selector (see REGION below)
 *   measure   see MEASURE below; anything not listed is "other"
 *   basis     see basisOf() below
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
 *      independent analyst (THIRD_PARTY below: Sensor Tower, Similarweb,
 *      data.ai, Statista, Lusa, bluefacts, Bsky Stats / Bluesky Stats,
 *      the Bluesky engineer's personal dashboard (= Bsky Stats),
 *      "online tracker", "third-party stats", mastodon-analytics,
 *      @mastodonusercount / the Mastodon user-count bot, Micah Lee,
 *      Techwarrant, Hilda Bastian)                              -> estimate
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
const outputPath = resolve(repoRoot, 'data', 'signups.csv');

const INPUT_HEADER = ['platform', 'date', 'metric', 'value', 'region', 'source', 'note'];
const OUTPUT_HEADER = [
  'platform', 'date', 'metric', 'measure', 'basis', 'value',
  'region', 'coverage', 'source', 'note', 'kind',
];
const EXPECTED_ROWS = 126;
const PLATFORM_ORDER = ['Threads', 'X', 'Bluesky', 'Mastodon'];

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

const REGION = {
  'global': 'global',
  'global excl. EU': 'global',
  'global (Android only)': 'global',
  'global (mobile apps)': 'global',
  'global (iOS+Android)': 'global',
  'global (mostly Brazil)': 'global',
  'US': 'US',
  'US (Android only)': 'US',
  'EU-27': 'EU-27',
  'Brazil': 'Brazil',
  'France': 'France',
};

/** Third-party trackers, data vendors and independent analysts, matched in `source`. */
const THIRD_PARTY = [
  /sensor tower/i,
  /similarweb/i,
  /data\.ai/i,
  /statista/i,
  /\blusa\b/i,
  /bluefacts/i,
  /bsky stats/i,
  /bluesky stats/i,
  /engineer's public dashboard/i,
  /online tracker/i,
  /third-party stats/i,
  /mastodon-analytics/i,
  /@mastodonusercount/i,
  /user-count bot/i,
  /micah lee/i,
  /techwarrant/i,
  /hilda bastian/i,
];

/** Notes that mark a figure as not coming from the platform. */
const THIRD_PARTY_NOTE = [/third-party/i, /'some sources'/i];

function measureOf(metric) {
  return Object.hasOwn(MEASURE, metric) ? MEASURE[metric] : 'other';
}

function basisOf(row) {
  if (row.metric.endsWith('_estimate')) return 'estimate';
  if (THIRD_PARTY.some((re) => re.test(row.source))) return 'estimate';
  if (THIRD_PARTY_NOTE.some((re) => re.test(row.note))) return 'estimate';
  return 'company';
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
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        inQuotes = false; i += 1; continue;
      }
      field += ch; i += 1; continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`stray quote in unquoted field near offset ${i}`);
      inQuotes = true; i += 1; continue;
    }
    if (ch === ',') { row.push(field); field = ''; i += 1; continue; }
    if (ch === '\r' || ch === '\n') {
      row.push(field); rows.push(row); row = []; field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch; i += 1;
  }
  if (inQuotes) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
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
  const rows = records.map((fields, index) => {
    if (fields.length !== INPUT_HEADER.length) {
      throw new Error(`input row ${index + 2}: ${fields.length} fields, expected ${INPUT_HEADER.length}`);
    }
    const r = Object.fromEntries(INPUT_HEADER.map((name, j) => [name, fields[j]]));
    if (!PLATFORM_ORDER.includes(r.platform)) throw new Error(`row ${index + 2}: unknown platform ${r.platform}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date)) throw new Error(`row ${index + 2}: bad date ${r.date}`);
    if (!/^\d+(\.\d+)?$/.test(r.value)) throw new Error(`row ${index + 2}: bad value ${r.value}`);
    return {
      index,
      platform: r.platform,
      date: r.date,
      metric: r.metric,
      measure: measureOf(r.metric),
      basis: basisOf(r),
      value: r.value,
      region: regionOf(r.region),
      coverage: r.region,
      source: r.source,
      note: r.note,
      kind: 'reported',
    };
  });
  if (rows.length !== EXPECTED_ROWS) throw new Error(`expected ${EXPECTED_ROWS} rows, got ${rows.length}`);

  // Platform order, then date, then metric (code-point order); ties keep source order.
  rows.sort((a, b) =>
    PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform)
    || cmp(a.date, b.date)
    || cmp(a.metric, b.metric)
    || a.index - b.index);

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
