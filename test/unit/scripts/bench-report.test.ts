import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { bundleMapLines as bundleMap } from '../../../scripts/bench/bundle.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { tableRows as rowsOf } from '../../../scripts/bench/report.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { transferLines as transferList } from '../../../scripts/bench/transfer.mjs';

const bundleMapLines = bundleMap as (b: unknown) => string[];
const tableRows = rowsOf as (results: unknown) => string[][];
const transferLines = transferList as (t: unknown) => string[];

const bundle = {
  status: 'ok',
  gzip_bytes: 3_500,
  raw_bytes: 9_000,
  ratio: 0.014,
  prefetched_gzip_bytes: 700,
  browser_checked: true,
  files: [
    { file: 'assets/index-a.js', how: 'index.html', counted: true, raw_bytes: 2_000, gzip_bytes: 1_000 },
    {
      file: 'assets/late-c.js',
      how: 'prefetched after the engine was ready (not counted)',
      counted: false,
      raw_bytes: 1_500,
      gzip_bytes: 700,
    },
    { file: 'assets/render-b.js', how: 'requested during boot', counted: true, raw_bytes: 7_000, gzip_bytes: 2_500 },
  ],
};

const transfer = {
  status: 'ok',
  wire_bytes: 6_250_000,
  ref_wire_bytes: 40_000_000,
  ratio: 0.156,
  wasm_wire_bytes: 5_900_000,
  files: [
    { file: 'assets/duckdb-eh.wasm', kind: 'wasm', encoding: 'br', wire_bytes: 5_900_000, counted: true },
    { file: 'assets/retention-section.js', kind: 'js', encoding: 'br', wire_bytes: 30_900, counted: false },
  ],
};

describe('bench report: chunk map and transfer', () => {
  it('lists every chunk, counted ones first and biggest first, with how it loaded', () => {
    const lines = bundleMapLines(bundle);
    expect(lines[0]).toBe('Initial JS chunk map');
    const body = lines.slice(2).map((l) => l.trim().split(/\s{2,}/));
    expect(body).toEqual([
      ['assets/render-b.js', '2.5 kB', '7.0 kB', 'yes', 'requested during boot'],
      ['assets/index-a.js', '1.0 kB', '2.0 kB', 'yes', 'index.html'],
      ['assets/late-c.js', '0.7 kB', '1.5 kB', 'no', 'prefetched after the engine was ready (not counted)'],
    ]);
  });

  it('says when the map holds index.html alone', () => {
    expect(bundleMapLines({ ...bundle, browser_checked: false })[0]).toMatch(/index\.html only/);
  });

  it('prints the transfer row and each transferred file', () => {
    const row = tableRows({ transfer }).find((r) => String(r[0]).startsWith('transfer'));
    expect(row).toEqual([
      'transfer: first view on the wire (br, gzip)',
      '6.3 MB, of which WASM 5.9 MB',
      'uncompressed 40.0 MB',
      '0.16×',
      'WASM ≤8MB',
    ]);
    const lines = transferLines(transfer).map((l) => l.trim().split(/\s{2,}/));
    expect(lines[0]).toEqual(['Transfer, first view (br, gzip): 2 responses']);
    expect(lines.slice(2)).toEqual([
      ['assets/duckdb-eh.wasm', '5900.0 kB', 'br', 'yes'],
      ['assets/retention-section.js', '30.9 kB', 'br', 'no: after the page was live'],
    ]);
  });
});

describe('bench report: start-up floors', () => {
  const startup = {
    status: 'ok',
    median_ms: 3_112,
    min_ms: 2_901,
    max_ms: 3_364,
    ref_median_ms: 1_788,
    ref_min_ms: 1_685,
    ref_max_ms: 2_108,
    ref_runs: 3,
    ratio: 1.74,
    target: { ratio_max: 1.2 },
    engine_booted_median_ms: 2_400,
    floor: { what: 'boot, read, four queries', median_ms: 2_172, ratio: 1.215 },
  };

  it('prints each start-up figure with its floor against the same reference', () => {
    const second = { ...startup, csv_fetched_max: 0, floor: { what: 'reopen', median_ms: 1_582, ratio: 1.048 } };
    const rows = tableRows({ startup, second_visit: second });
    const floors = rows.filter((r) => String(r[0]).trim().startsWith('floor'));
    expect(floors.map((r) => [r[1], r[3]])).toEqual([
      ['2,172 ms', '1.22×'],
      ['1,582 ms', '1.05×'],
    ]);
    // Each floor row follows its own figure's rows.
    const labels = rows.map((r) => String(r[0]).trim());
    expect(labels.indexOf('startup: first chart drawn (live)')).toBeLessThan(
      labels.indexOf('floor: least work for the live rows'),
    );
    expect(labels.lastIndexOf('floor: least work for the live rows')).toBeGreaterThan(
      labels.indexOf('second visit: first chart drawn'),
    );
  });

  it('prints no floor row for a figure measured without one', () => {
    const rows = tableRows({ startup: { ...startup, floor: undefined } });
    expect(rows.some((r) => String(r[0]).trim().startsWith('floor'))).toBe(false);
  });
});
