import { baseName, metricOfColumn, PERIOD_COLUMNS } from '../ingest/import-defaults';
import { normal } from '../ingest/mapping';
import { looksLikePeriods, PERIOD_RULE } from '../ingest/period-date';
import { SCHEMAS, SIGNUPS } from '../store/schemas';
import type { ShapeMatch } from './shape-definition';
import type { SeriesColumn, WideSeriesShape } from './shape-types';
import { metricFromFileName } from './wide-series-metrics';
import { isBlankCell, isNumberCell, looksLikeDates, numberRule, type DecimalMark } from './wide-series-values';

/** Every column name of every kind: a file that names them is in Uptake's own columns, read column for column. */
const SCHEMA_COLUMNS = new Set(Object.values(SCHEMAS).flatMap((s) => s.columns.map((c) => c.name)));

/** A retention export's period header ("Day 7", "< 1 Day", "Week 2"): never a platform. */
const PERIOD_HEADER = /^(<\s*)?\d*\s*(day|week|month)s?\s*\d*$/i;

/** The long series' columns taken from the file as they are. */
const LONG_COLUMNS = ['platform', 'region', 'coverage', 'source', 'note', 'basis', 'kind', 'vendor'];

/** The date column: the one named like a date whose values are days or period labels, else the first such. */
function findDate(header: readonly string[], body: readonly string[][]): number {
  const dated = header.map((_, i) => looksLikeDates(body.map((row) => row[i] ?? '')));
  const named = header.findIndex((h, i) => dated[i] && (normal(h) === 'date' || PERIOD_COLUMNS.includes(normal(h))));
  return named !== -1 ? named : dated.indexOf(true);
}

/**
 * A value column: at least one number in the first rows and numbers in most of its filled
 * cells, under either decimal mark: a column of "1,5" is still a series when the file's mark
 * is taken to be a point (its cells then say they are no number, and the card offers the mark).
 */
function numeric(values: readonly string[]): boolean {
  const filled = values.filter((v) => !isBlankCell(v));
  const numbers = filled.filter((v) => isNumberCell(v, '.') || isNumberCell(v, ',')).length;
  return numbers > 0 && numbers * 2 > filled.length;
}

/** The long form: a `value` column beside the date and only signups columns, no metric column. */
function detectLong(
  header: readonly string[],
  date: number,
  fileName: string,
  periods: boolean,
  decimal: DecimalMark,
): ShapeMatch<WideSeriesShape> | null {
  const names = header.map(normal);
  const value = names.indexOf('value');
  const others = names.filter((_, i) => i !== date && i !== value);
  if (value === -1 || !others.every((n) => LONG_COLUMNS.includes(n))) return null;
  const mapped = Object.fromEntries(
    names.flatMap((n, i) => (i !== date && i !== value && LONG_COLUMNS.includes(n) ? [[n, i]] : [])),
  );
  const platform = 'platform' in mapped ? null : baseName(fileName);
  return build(header, date, [{ source: value, name: header[value]?.trim() ?? 'value' }], 'value', fileName, {
    mapped,
    platform,
    periods,
    decimal,
  });
}

/** The match for a series of the given form, with what the card says about it. */
function build(
  header: readonly string[],
  date: number,
  series: readonly SeriesColumn[],
  by: WideSeriesShape['by'],
  fileName: string,
  extra: {
    readonly mapped: Readonly<Record<string, number>>;
    readonly platform: string | null;
    readonly periods: boolean;
    readonly decimal: DecimalMark;
  },
): ShapeMatch<WideSeriesShape> {
  const named = metricFromFileName(fileName);
  const metric = named ?? 'MAU';
  const shape: WideSeriesShape = {
    kind: 'wide-series',
    // A spreadsheet's index column often has no name: it is called as the preview calls it.
    date: { source: date, name: header[date]?.trim() || `column ${date + 1}` },
    series,
    by,
    metric,
    metricFrom: named ? 'file name' : 'assumed',
    platform: extra.platform,
    decimal: extra.decimal,
  };
  const list = series.map((s) => s.name).join(', ');
  const derived: Record<string, string> = {
    date: `the column "${shape.date.name}"`,
    value: by === 'value' ? `the column "${list}"` : `the cells of ${list}, one row per filled cell`,
    vendor: 'the platform itself for company figures',
  };
  if (by === 'platform') derived.platform = `each value column's name (${list})`;
  else if (extra.platform !== null) derived.platform = 'the platform named under "Platform of every value"';
  if (by === 'metric') {
    derived.metric = `each value column's name (${list})`;
    derived.measure = 'follows each metric';
  } else {
    derived.metric = 'one value for every row, chosen under "Metric of every value" above';
    derived.measure = 'follows the metric (registered accounts and cumulative signups are both "registered")';
  }
  const form =
    by === 'platform'
      ? `a wide table with one column per platform (${list})`
      : by === 'metric'
        ? `a wide table with one column per metric (${list})`
        : `a series with one value column ("${list}")`;
  return {
    kind: SIGNUPS.kind,
    shape,
    derived,
    mapped: extra.mapped,
    constants: [],
    notes: [
      `Read as adoption figures: ${form}. In the value columns ${numberRule(extra.decimal)}.`,
      ...(extra.periods ? [`Dates in "${shape.date.name}": ${PERIOD_RULE}.`] : []),
    ],
  };
}

/**
 * Recognise an adoption series that is not in Uptake's columns: a date column (days or
 * period labels) and numeric columns named after platforms or metrics, or a long series
 * with a `value` column but no metric column. Files naming Uptake's own columns
 * (`date,metric,value`, `date,platform,mau`, a bare cohort table) and a lone metric
 * column (`date,mau`) are declined: the column path reads them. `decimal` is the file's
 * decimal mark, which the value cells are read with.
 */
export function detectWideSeries(
  header: readonly string[],
  body: readonly string[][],
  fileName: string,
  decimal: DecimalMark = '.',
): ShapeMatch<WideSeriesShape> | null {
  if (header.length < 2) return null;
  const date = findDate(header, body);
  if (date === -1 || header.some((h, i) => i !== date && h.trim() === '')) return null;
  const periods = body.some((row) => looksLikePeriods([row[date] ?? '']));
  const long = detectLong(header, date, fileName, periods, decimal);
  if (long) return long;
  // Columns such as region or source beside the value columns are taken as they are (a row per region, say).
  const mapped = Object.fromEntries(
    header.flatMap((h, i) => (i !== date && LONG_COLUMNS.includes(normal(h)) ? [[normal(h), i]] : [])),
  );
  const series = header.flatMap((h, i) =>
    i === date || LONG_COLUMNS.includes(normal(h)) ? [] : [{ source: i, name: h.trim() }],
  );
  const own = series.some((s) => SCHEMA_COLUMNS.has(normal(s.name)) || PERIOD_HEADER.test(s.name));
  if (series.length === 0 || own || !series.every((s) => numeric(body.map((row) => row[s.source] ?? '')))) return null;
  const metrics = series.filter((s) => metricOfColumn(s.name) !== undefined).length;
  if (metrics === series.length) {
    // A lone metric column (`date,mau`, `date,platform,mau`) is Uptake's plain series: the column path reads it.
    if (series.length === 1) return null;
    const platform = 'platform' in mapped ? null : baseName(fileName);
    return build(header, date, series, 'metric', fileName, { mapped, platform, periods, decimal });
  }
  // A platform column beside platform-named columns, or metrics mixed with platforms, is no series to guess at.
  if (metrics > 0 || 'platform' in mapped) return null;
  return build(header, date, series, 'platform', fileName, { mapped, platform: null, periods, decimal });
}
