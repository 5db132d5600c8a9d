import { ident, literal } from '../../sql/ident';
import { metricOfColumn } from '../ingest/import-defaults';
import { periodDateSql } from '../ingest/period-date';
import { sourceName } from '../ingest/stage';
import type { ReshapeInput, ShapeSql } from './shape-definition';
import type { WideSeriesShape } from './shape-types';
import { labelOf, measureOf } from './wide-series-metrics';
import { blankCellSql, numberCellSql } from './wide-series-values';

/** What a bad cell's problem tells the user to write instead. */
const DATE_HELP = 'write a day (2024-01-31) or a period label (2024-W05, 2024-01, Jan 2024, 2024-Q1, Q1 2024, 2024)';
const NUMBER_HELP: Readonly<Record<WideSeriesShape['decimal'], string>> = {
  '.': 'write digits (1234567, 1,234,567 or 1.2M), or leave the cell empty if there is no figure',
  ',': 'write digits with a decimal comma (1234567, 1.234.567,5 or 1,2M), or leave the cell empty if there is no figure',
};
/** What a cell that is a number under the other decimal mark is told: the mark, not the cell, may be wrong. */
const OTHER_MARK_HELP: Readonly<Record<WideSeriesShape['decimal'], string>> = {
  '.': 'it reads as a number with a decimal comma, but the file is read with a decimal point; if the file writes 1,5 for 1.5, choose "Comma (1,5)" as the decimal separator above',
  ',': 'it reads as a number with a decimal point, but the file is read with a decimal comma; if the file writes 1.5 for 1.5, choose "Point (1.5)" as the decimal separator above',
};

/**
 * The rows of an adoption series: one per filled cell of each value column, dated by the
 * date column (a period label at its period's last day), with its platform and metric from
 * the column's name, the shape's one value, or the plan. A line whose date cannot be read
 * gives one row with that problem (not one per cell), so a bad line is reported once.
 */
export function wideSeriesSql(shape: WideSeriesShape, input: ReshapeInput): ShapeSql {
  const p = input.params;
  const field = (i: number) => `s.${ident(sourceName(i))}`;
  const branches = shape.series.map((column, k) => {
    const metric = shape.by === 'metric' ? (metricOfColumn(column.name)?.metric ?? column.name) : shape.metric;
    const measure =
      shape.by === 'metric' ? (metricOfColumn(column.name)?.measure ?? column.name) : measureOf(shape.metric);
    return `SELECT s.*, s.rowid AS __row, ${k} AS __k, CAST(${p.add(column.name)} AS VARCHAR) AS __series,
      CAST(${p.add(metric)} AS VARCHAR) AS __metric, CAST(${p.add(measure)} AS VARCHAR) AS __measure,
      trim(${field(column.source)}) AS __cell, nullif(trim(${field(shape.date.source)}), '') AS __date_text
    FROM ${ident(input.staging)} s`;
  });
  const platform =
    shape.by === 'platform'
      ? '__series'
      : shape.platform !== null
        ? `CAST(${p.add(shape.platform)} AS VARCHAR)`
        : input.column('platform');
  const basis = input.column('basis');
  const dateName = `CAST(${p.add(shape.date.name)} AS VARCHAR)`;
  // A plan stored (persist/) before series had a decimal mark has none: it reads with a point, as it did.
  const decimal = shape.decimal === ',' ? ',' : '.';
  const other = decimal === ',' ? '.' : ',';
  const select = `-- shapes/wide-series
WITH cells AS (${branches.join('\nUNION ALL ')}),
filled AS (
  SELECT *, ${periodDateSql('__date_text')} AS __day, ${numberCellSql('__cell', decimal)} AS __value
  FROM cells WHERE NOT ${blankCellSql('__cell')}
),
placed AS (SELECT *, min(__k) OVER (PARTITION BY __row) AS __first FROM filled)
SELECT __row AS __src,
  ${platform} AS platform,
  __day AS date,
  __metric AS metric,
  __measure AS measure,
  ${basis} AS basis,
  __value AS value,
  ${input.column('region')} AS region,
  ${input.column('coverage')} AS coverage,
  ${input.column('source')} AS source,
  ${input.column('note')} AS note,
  ${input.column('kind')} AS kind,
  coalesce(${input.column('vendor')}, CASE WHEN ${basis} = ${literal('company')} THEN ${platform} END) AS vendor,
  CASE WHEN __day IS NULL THEN ${dateName} WHEN __value IS NULL THEN __series END AS __problem_column,
  CASE
    WHEN __date_text IS NULL THEN ${literal(`the date is empty: ${DATE_HELP}`)}
    WHEN __day IS NULL THEN '"' || __date_text || '" is not a day or a period label: ' || ${literal(DATE_HELP)}
    WHEN __value IS NULL AND ${numberCellSql('__cell', other)} IS NOT NULL
      THEN '"' || __cell || '" is not a number: ' || ${literal(OTHER_MARK_HELP[decimal])}
    WHEN __value IS NULL THEN '"' || __cell || '" is not a number: ' || ${literal(NUMBER_HELP[decimal])}
  END AS __problem
FROM placed
WHERE __day IS NOT NULL OR __k = __first`;
  return { before: [], select, summary: (table) => summarySql(table, shape) };
}

/** What the card says after reading: how many figures from how many lines, which series, which dates. */
function summarySql(table: string, shape: WideSeriesShape): string {
  // Schema order: c0 platform, c1 date, c2 metric, c5 value.
  const series = shape.by === 'metric' ? 'c2' : 'c0';
  const read = `SELECT 1 AS o, 'Read ' || count(*) FILTER (WHERE __problem IS NULL) || ' figures from ' || count(DISTINCT __src)
  || ' lines (empty cells give no row): ' || coalesce(string_agg(DISTINCT ${series}, ', ' ORDER BY ${series}), 'none')
  || coalesce(', ' || strftime(min(c1), '%Y-%m-%d') || ' to ' || strftime(max(c1), '%Y-%m-%d'), '') || '.' AS note
FROM ${table}`;
  const metric = shape.by === 'metric' ? '' : `\nUNION ALL SELECT 2, ${literal(metricNote(shape))}`;
  return `-- shapes/wide-series summary
SELECT note FROM (${read}${metric}) ORDER BY o`;
}

/** The metric every value was read as, and why: what the card says after the import, with why. */
function metricNote(shape: WideSeriesShape): string {
  const why = {
    'file name': "taken from the file's name",
    assumed: 'assumed, as neither the file nor its name says which metric',
    chosen: 'as chosen before the import',
  }[shape.metricFrom];
  return `Every value is read as ${labelOf(shape.metric)}: ${why}.`;
}
