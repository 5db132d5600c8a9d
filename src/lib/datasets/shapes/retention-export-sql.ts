import { ident, literal } from '../../sql/ident';
import { sourceName } from '../ingest/stage';
import type { ReshapeInput, ShapeSql } from './shape-definition';
import type { RetentionExportShape } from './shape-types';
import { SUMMARY_LABELS } from './retention-export-headers';
import { cellTextSql, cohortDaySql, isPercentSql, labelSql, notYetSql, numberSql } from './retention-export-values';

const field = (i: number) => ident(sourceName(i));

/** Days from a cohort's first day to period k of a unit: k, 7k, or the calendar month k later. */
function offsetSql(shape: RetentionExportShape, period: string, cohort: string): string {
  if (shape.unit === 'day') return period;
  if (shape.unit === 'week') return `7 * ${period}`;
  return `CAST(date_diff('day', ${cohort}, CAST(${cohort} + to_months(${period}) AS DATE)) AS INTEGER)`;
}

/**
 * One row per observable cell of the export: cohort_start from the label's first day,
 * day_offset from the period, cohort_size from the size column (or the period-0 cell),
 * and the count (a share × the size, rounded) as `retained` (N-day) or `retained_later`
 * (on or after). Cells not yet observable (blank, `-`, "not yet", or past today) give no
 * row: never 0. A line whose label or size cannot be read gives one row with its problem;
 * a cell that is no number, a share over 100% or a count over the size gives its own.
 * Summary rows (Mixpanel's `Average`) and blank lines are skipped.
 */
export function retentionExportSql(shape: RetentionExportShape, input: ReshapeInput): ShapeSql {
  const p = input.params;
  const names = shape.headers;
  const name = (i: number) => p.add(names[i] ?? `column ${i + 1}`);
  const label = labelSql(field(shape.cohort));
  const skip = `lower(${label}) IN (${p.list(SUMMARY_LABELS)})`;
  const blank = `${label} = ''`;
  const hasZero = shape.periods.some((c) => c.period === 0);
  const sizeCell = (source: number) =>
    `{'period': 0, 'col': ${name(source)}, 'raw': ${field(source)}, 'is_size': true}`;
  const cells = shape.periods.map(
    (c) => `{'period': ${p.int(c.period)}, 'col': ${name(c.source)}, 'raw': ${field(c.source)}, 'is_size': false}`,
  );
  // No period-0 column: day 0 is the signup day, when the whole cohort is active.
  if (!hasZero && shape.size !== null) cells.unshift(sizeCell(shape.size));
  const zero = shape.periods.find((c) => c.period === 0);
  const sizeSource = shape.size ?? zero?.source ?? null;
  if (sizeSource === null) throw new Error('retention-export: a table with neither a size column nor a period 0');
  const sizeText = cellTextSql(field(sizeSource));
  const sizeNumber = numberSql(sizeText);
  const shares = shape.values === 'shares';
  const cohortName = name(shape.cohort);
  const sizeName = name(sizeSource);
  const today = p.add(input.today);
  const retainedCol = shape.mode === 'nday' ? 'retained' : 'retained_later';
  const otherCol = shape.mode === 'nday' ? 'retained_later' : 'retained';
  const badHeaders = shape.badPeriods.map((i) => names[i] ?? `column ${i + 1}`);
  const headerProblem =
    badHeaders.length === 0
      ? ''
      : `UNION ALL
SELECT -1 AS __src, NULL AS cohort_start, NULL AS day_offset, NULL AS cohort_size, NULL AS count,
       ${p.add(badHeaders[0] ?? '')} AS __problem_column,
       ${p.add(
         `the period header${badHeaders.length > 1 ? 's' : ''} ${badHeaders.map((h) => `"${h}"`).join(', ')} ` +
           `name${badHeaders.length > 1 ? '' : 's'} no period number; rename to "Day N", "Week N" or "Month N" (N a whole number) or remove the column.`,
       )} AS __problem`;
  const select = `WITH lines AS (
  SELECT rowid AS __src, ${label} AS label, ${cohortDaySql(label)} AS cohort_start,
         CAST(${field(sizeSource)} AS VARCHAR) AS size_raw, ${sizeNumber} AS size_number,
         [${cells.join(', ')}] AS cells
  FROM ${ident(input.staging)}
  WHERE NOT (${skip}) AND NOT (${blank} AND ${sizeText} = '')
),
checked AS (
  SELECT *, CASE
      WHEN cohort_start IS NULL THEN ${cohortName}
      WHEN size_number IS NULL OR size_number <> round(size_number) THEN ${sizeName} END AS line_column,
    CASE
      WHEN cohort_start IS NULL THEN format('cohort label "{}" is no date; write the cohort''s first day (2024-01-01, a timestamp, or a range such as "Jan 1 – Jan 7, 2024").', label)
      WHEN size_number IS NULL OR size_number <> round(size_number) THEN format('cohort size "{}" in "{}" is not a whole number of users; fix it or leave the line out.', trim(coalesce(size_raw, '')), ${sizeName}) END AS line_problem
  FROM lines
),
unpivoted AS (
  SELECT __src, cohort_start, CAST(size_number AS BIGINT) AS cohort_size, line_column, line_problem,
         unnest(cells) AS cell
  FROM checked
),
read AS (
  SELECT __src, cohort_start, cohort_size, line_column, line_problem, cell.col AS col, cell.raw AS raw,
         cell.is_size AS is_size, CAST(cell.period AS INTEGER) AS period,
         ${numberSql(cellTextSql('cell.raw'))} AS number, ${isPercentSql('cell.raw')} AS percent,
         ${notYetSql('cell.raw')} AS not_yet
  FROM unpivoted
),
valued AS (
  SELECT *, CASE WHEN is_size THEN NULL WHEN percent THEN number / 100 WHEN ${shares} THEN number END AS share,
         ${offsetSql(shape, 'period', 'cohort_start')} AS day_offset
  FROM read
),
counted AS (
  SELECT *, CASE WHEN is_size THEN cohort_size WHEN share IS NOT NULL THEN round(share * cohort_size) ELSE number END AS count
  FROM valued
)
SELECT __src, NULL AS cohort_start, CAST(__src AS INTEGER) AS day_offset, cohort_size, NULL AS count,
       line_column AS __problem_column, line_problem AS __problem
FROM counted WHERE line_problem IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY __src ORDER BY period) = 1
UNION ALL
SELECT __src, cohort_start, CAST(day_offset AS INTEGER), cohort_size,
       CASE WHEN number IS NULL OR share > 1 OR count > cohort_size OR count <> round(count) THEN NULL ELSE CAST(count AS BIGINT) END,
       CASE WHEN number IS NULL OR share > 1 OR count > cohort_size OR count <> round(count) THEN col END,
       CASE
         WHEN number IS NULL THEN format('"{}" in "{}" is not a count, a percentage or blank; fix it, or leave the cell blank if the period is not reached yet.', trim(raw), col)
         WHEN share > 1 THEN format('"{}" in "{}" is a share over 100%; a cohort cannot retain more users than it had.', trim(raw), col)
         WHEN count > cohort_size THEN format('"{}" in "{}" is {} users, more than the cohort''s {}; check the cohort size or the count.', trim(raw), col, CAST(count AS BIGINT), cohort_size)
         WHEN count <> round(count) THEN format('"{}" in "{}" is not a whole number of users; write a count or a percentage.', trim(raw), col)
       END
FROM counted
WHERE line_problem IS NULL AND NOT not_yet AND cohort_start + day_offset <= CAST(${today} AS DATE)
${headerProblem}`;
  const columns = input.schema.columns.map((c) => {
    if (c.name === 'cohort_start' || c.name === 'day_offset' || c.name === 'cohort_size') return `r.${ident(c.name)}`;
    if (c.name === retainedCol) return `r.count AS ${ident(c.name)}`;
    if (c.name === otherCol) return `CAST(NULL AS BIGINT) AS ${ident(c.name)}`;
    return `${input.column(c.name)} AS ${ident(c.name)}`;
  });
  return {
    before: [],
    // A line with a problem has no cohort_start and its staged row as day_offset, so two
    // such lines are never reported as duplicates of each other (they are never published).
    select: `SELECT r.__src, ${columns.join(', ')}, r.__problem_column, r.__problem
FROM (${select}) r`,
    summary: (table) =>
      `SELECT format('{} cohorts from {} to {}, {} cells read as {} retention by {}; blank cells are not yet observable and have no row.', count(DISTINCT c2), min(c2), max(c2), count(*), ${literal(shape.mode === 'nday' ? 'N-day' : 'on or after')}, ${literal(`${shape.unit}s`)}) AS note
FROM ${table} WHERE __problem IS NULL HAVING count(*) > 0`,
  };
}
