/**
 * The printed table: one line per figure, "median (min–max)" for Uptake and its same-run
 * reference, the ratio, and the target. Rows that were not measured say why.
 */
import { bundleMapLines } from './bundle.mjs';
import { transferLines } from './transfer.mjs';

function ms(value) {
  if (value === null || value === undefined) return '—';
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en-US')} ms`;
}

function range(f, prefix = '') {
  const med = f[`${prefix}median_ms`];
  if (med === null || med === undefined) return '—';
  return `${ms(med)} (${ms(f[`${prefix}min_ms`]).replace(' ms', '')}–${ms(f[`${prefix}max_ms`])})`;
}

function times(r) {
  return r === null || r === undefined ? '—' : `${r.toFixed(2)}×`;
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function mb(bytes) {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}

function mb1(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function targetText(t) {
  if (!t) return '';
  if (t.ratio_max !== undefined) return `≤ ${t.ratio_max}×`;
  if (t.median_ms_max !== undefined) return `≤ ${t.median_ms_max} ms`;
  return '';
}

/** A start-up figure's floor (bench/floor.mjs): the least work for the live rows, against the same reference. */
function floorRow(floor) {
  return ['  floor: least work for the live rows', ms(floor.median_ms), 'same reference', times(floor.ratio), ''];
}

/** Build the rows [measure, uptake, reference, ratio, target] of a results object. */
export function tableRows(results) {
  const rows = [];
  const selected = (f) => f && !(f.status === 'not run' && String(f.note).startsWith('not selected'));
  const status = (f) =>
    f.status === 'ok' ? null : f.status === 'error' ? `ERROR: ${f.note}` : `${f.status}: ${f.note}`;

  const paint = results.startup_paint;
  if (selected(paint)) {
    rows.push([
      'startup: first chart painted (build-time snapshot)',
      status(paint) ?? range(paint),
      paint.ref_runs ? `bare boot + 1 query ${range(paint, 'ref_')}` : '',
      times(paint.ratio),
      targetText(paint.target),
    ]);
  }
  const s = results.startup;
  if (selected(s)) {
    rows.push([
      'startup: first chart drawn (live)',
      status(s) ?? range(s),
      s.ref_runs ? `bare boot + 1 query ${range(s, 'ref_')}` : '',
      times(s.ratio),
      targetText(s.target),
    ]);
    if (s.status === 'ok' && s.engine_booted_median_ms !== null)
      rows.push(['  of which DuckDB booted (then data, render)', ms(s.engine_booted_median_ms), '', '', '']);
    if (s.status === 'ok' && s.floor) rows.push(floorRow(s.floor));
  }
  const v = results.second_visit;
  if (selected(v)) {
    rows.push([
      'second visit: first chart drawn',
      status(v) ?? range(v),
      v.ref_runs ? `bare reload ${range(v, 'ref_')}` : '',
      times(v.ratio),
      targetText(v.target),
    ]);
    if (v.status === 'ok')
      rows.push(['  bundled CSVs fetched on the second visit (most)', String(v.csv_fetched_max), '', '', '']);
    if (v.status === 'ok' && v.floor) rows.push(floorRow(v.floor));
  }
  const w = results.reload_with_import_1m;
  if (selected(w)) {
    rows.push([
      'reload, Retention open, after a 1M import',
      status(w) ?? range(w),
      w.ref_runs ? `same reload without imports ${range(w, 'ref_')}` : '',
      times(w.ratio),
      targetText(w.target),
    ]);
  }
  const b = results.bundle;
  if (selected(b)) {
    rows.push([
      'bundle: initial JS, gzip',
      b.status === 'ok'
        ? `${kb(b.gzip_bytes)} (${b.files.filter((f) => f.counted).length} files, ${kb(b.raw_bytes)} raw)`
        : status(b),
      'budget 250 kB',
      b.status === 'ok' ? times(b.ratio) : '—',
      '≤ 1×',
    ]);
    if (b.status === 'ok' && b.prefetched_gzip_bytes > 0) {
      rows.push(['  + idle prefetch of other sections (apart)', kb(b.prefetched_gzip_bytes), '', '', '']);
    }
  }
  const wire = results.transfer;
  if (selected(wire)) {
    rows.push([
      'transfer: first view on the wire (br, gzip)',
      wire.status === 'ok' ? `${mb1(wire.wire_bytes)}, of which WASM ${mb1(wire.wasm_wire_bytes)}` : status(wire),
      wire.status === 'ok' ? `uncompressed ${mb1(wire.ref_wire_bytes)}` : '',
      wire.status === 'ok' ? times(wire.ratio) : '—',
      'WASM ≤8MB',
    ]);
  }
  for (const label of ['100k', '1m', '10m']) {
    const f = results[`import_${label}`];
    if (!selected(f)) continue;
    const size = f.bytes ? ` (${mb(f.bytes)})` : '';
    if (f.status === 'not run' || f.status === 'error') {
      rows.push([`import ${label}`, status(f), '', '', '']);
      continue;
    }
    rows.push([
      `import ${label}${size}: UI "Import CSV"`,
      status(f) ?? range(f),
      `bare read_csv ${range(f, 'ref_')}`,
      times(f.ratio),
      targetText(f.target),
    ]);
    const peers = f.peers ?? {};
    for (const [key, name] of [
      ['app_load_csv', 'app loadCsv (lib/datasets)'],
      ['arquero', 'Arquero fromCSV'],
      ['papaparse', 'papaparse parse'],
    ]) {
      const p = peers[key];
      if (!p) continue;
      rows.push([`  peer: ${name}`, p.status === 'ok' ? range(p) : `${p.status}: ${p.note}`, '', times(p.ratio), '']);
    }
  }
  for (const label of ['100k', '1m', '10m']) {
    const f = results[`retention_${label}`];
    if (!selected(f)) continue;
    if (f.status === 'not run' || f.status === 'error') {
      rows.push([`retention ${label}`, status(f), '', '', '']);
      continue;
    }
    rows.push([
      `retention ${label}: recompute on control change`,
      status(f) ?? range(f),
      `naive cohort query ${range(f, 'ref_')}`,
      times(f.ratio),
      targetText(f.target),
    ]);
    if (f.prepare_median_ms !== null)
      rows.push([
        '  one-time prepareEvents',
        `${ms(f.prepare_median_ms)} (${ms(f.prepare_min_ms).replace(' ms', '')}–${ms(f.prepare_max_ms)})`,
        '',
        '',
        '',
      ]);
  }
  for (const [key, name] of [
    ['retention_lifecycle_1m', 'lifecycle'],
    ['retention_brackets_1m', 'brackets'],
  ]) {
    const f = results[key];
    if (!selected(f)) continue;
    if (f.status === 'not run' || f.status === 'error') {
      rows.push([`retention ${name} 1m`, status(f), '', '', '']);
      continue;
    }
    rows.push([
      `retention ${name} 1m: recompute on control change`,
      status(f) ?? range(f),
      `naive ${name} query ${range(f, 'ref_')}`,
      times(f.ratio),
      targetText(f.target),
    ]);
    if (f.view_prepare_ms !== null && f.view_prepare_ms !== undefined)
      rows.push([
        `  one-time preparation (events ${ms(f.prepare_ms)}, then the view's)`,
        ms(f.view_prepare_ms),
        '',
        '',
        '',
      ]);
  }
  const p = results.projection;
  if (selected(p)) {
    rows.push(['projection: fit + project + rolling evaluation', status(p) ?? range(p), '', '', '']);
    if (p.status === 'ok') {
      rows.push([
        '  project only (control change)',
        `${ms(p.project_only_median_ms)} (${ms(p.project_only_min_ms).replace(' ms', '')}–${ms(p.project_only_max_ms)})`,
        '',
        '',
        '',
      ]);
      rows.push([
        '  of which the rolling evaluation',
        `${ms(p.evaluation_median_ms)} (${ms(p.evaluation_min_ms).replace(' ms', '')}–${ms(p.evaluation_max_ms)})`,
        '',
        '',
        '',
      ]);
      rows.push(['  first call, cold', ms(p.first_call_ms), '', '', '']);
    }
  }
  const t = results.threads;
  if (t && t.boot) {
    rows.push([`threads: multi (coi, ${t.coi_threads} thr) vs single (eh)`, '', '', 'coi/eh', '']);
    for (const [key, name] of [
      ['boot', 'boot + 1 query'],
      ['import', `read_csv ${t.rows / 1e6}M rows`],
      ['naive_retention', `naive cohort query ${t.rows / 1e6}M`],
    ]) {
      const f = t[key];
      const failed = f.coi_failures > 0 ? `; failed ${f.coi_failures}/${f.coi_failures + f.runs} runs` : '';
      rows.push([`  ${name}`, `coi ${range(f)}${failed}`, `eh ${range(f, 'ref_')}`, times(f.ratio), '']);
    }
    const failure = ['boot', 'import', 'naive_retention'].map((k) => t[k].first_failure).find(Boolean);
    if (failure) rows.push(['  first coi failure', failure, '', '', '']);
  } else if (t && t.note !== 'not selected') {
    rows.push(['threads: multi vs single', `${t.status}: ${t.note}`, '', '', '']);
  }
  return rows;
}

/** Format rows as a fixed-width text table (long notes wrap into the Uptake column's width). */
export function formatTable(rows) {
  const header = ['Measure', 'Uptake median (min–max)', 'Same-run reference', 'Ratio', 'Target'];
  const all = [header, ...rows];
  const maxWidth = [46, 36, 52, 7, 9];
  const widths = header.map((_, i) => Math.min(maxWidth[i], Math.max(...all.map((r) => String(r[i]).length))));
  const lines = [];
  for (const [n, row] of all.entries()) {
    const cells = row.map((c, i) => wrap(String(c), widths[i]));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++)
      lines.push(
        cells
          .map((c, i) => (c[k] ?? '').padEnd(widths[i]))
          .join('  ')
          .trimEnd(),
      );
    if (n === 0) lines.push(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  return lines.join('\n');
}

function wrap(text, width) {
  if (text.length <= width) return [text];
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

export function printReport(results) {
  const m = results.machine;
  console.log('');
  console.log(
    `Uptake bench — ${results.mode}, ${results.runs} runs per figure, ${results.generated_at.slice(0, 10)}; ` +
      `${m.nproc} cores (${m.cpu}), ${m.memory_gb} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium}; DuckDB-WASM ${m.duckdb_wasm}`,
  );
  console.log('');
  console.log(formatTable(tableRows(results)));
  console.log('');
  if (results.bundle?.status === 'ok') console.log(`${bundleMapLines(results.bundle).join('\n')}\n`);
  if (results.transfer?.status === 'ok') console.log(`${transferLines(results.transfer).join('\n')}\n`);
  console.log(
    `Ratios compare medians measured in this run. Targets are reported, never asserted. ${results.elapsed_s} s in all.`,
  );
}
