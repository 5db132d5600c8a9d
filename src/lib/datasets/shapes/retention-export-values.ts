/**
 * SQL for the values of a retention export as the tools write them: counts with digit
 * groups (`1,250`), shares (`42.5%`, `42,5%`), stars on incomplete cells (`38%*`), tabs
 * in front of every field (Amplitude), and cohort labels that are a day, a timestamp or a
 * range of days. Every function takes and returns SQL text over trusted expressions; no
 * value of the file is ever spliced in.
 */

/** A cell without tabs, spaces, stars or a trailing `%`: what is left to read as a number. */
export const cellTextSql = (field: string): string =>
  `regexp_replace(regexp_replace(coalesce(${field}, ''), '[\\s*\\x{00A0}]', '', 'g'), '%$', '')`;

/** Whether a cell is written as a percentage. */
export const isPercentSql = (field: string): string =>
  `ends_with(regexp_replace(coalesce(${field}, ''), '[\\s*\\x{00A0}]', '', 'g'), '%')`;

/** Cells the tools leave for periods not yet reached: blank, a dash, "not yet", or a star alone. */
export const notYetSql = (field: string): string =>
  `lower(${cellTextSql(field)}) IN ('', '-', '–', '—', 'notyet', 'n/a', 'na')`;

/**
 * A cleaned cell (see `cellTextSql`) as a number: `1,250` and `1,250.5` have digit groups,
 * `42,5` a decimal comma, `0.425` and `17` are read as written; NULL for anything else.
 */
export const numberSql = (text: string): string => `(CASE
    WHEN regexp_full_match(${text}, '\\d{1,3}(,\\d{3})+(\\.\\d+)?') THEN TRY_CAST(replace(${text}, ',', '') AS DOUBLE)
    WHEN regexp_full_match(${text}, '\\d+,\\d+') THEN TRY_CAST(replace(${text}, ',', '.') AS DOUBLE)
    WHEN regexp_full_match(${text}, '\\d+(\\.\\d+)?') THEN TRY_CAST(${text} AS DOUBLE)
  END)`;

/** A cohort label without tabs, stars or surrounding spaces. */
export const labelSql = (field: string): string => `trim(regexp_replace(coalesce(${field}, ''), '[\\t*]', '', 'g'))`;

const MONTHS = `['jan','feb','mar','apr','may','jun','jul','aug','sep','oct','nov','dec']`;
const monthNumber = (name: string) => `list_position(${MONTHS}, lower(left(${name}, 3)))`;

/**
 * The first day a cohort label names, or NULL: an ISO day at its start (`2024-01-01`,
 * `2022-05-01T00:00:00Z`, `2024-01-01 - 2024-01-07`), a US day (`1/7/2024`), or a month
 * name and day (`Jan 1, 2024`, `Jan 1 – Jan 7, 2024`, `Dec 25 – Jan 1, 2024`, where a range
 * that crosses New Year takes the year before the one written at its end).
 */
export function cohortDaySql(label: string): string {
  const named = `^([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})\\b`;
  const ownYear = `regexp_extract(${label}, '^[A-Za-z]{3,9}\\.?\\s+\\d{1,2},?\\s+(\\d{4})', 1)`;
  const lastYear = `regexp_extract(${label}, '(\\d{4})\\D*$', 1)`;
  const start = monthNumber(`regexp_extract(${label}, '${named}', 1)`);
  const end = monthNumber(`regexp_extract(${label}, '[-–—]\\s*([A-Za-z]{3,9})', 1)`);
  const year = `(CASE WHEN ${ownYear} <> '' THEN TRY_CAST(${ownYear} AS INTEGER)
      WHEN ${end} IS NOT NULL AND ${end} < ${start} THEN TRY_CAST(${lastYear} AS INTEGER) - 1
      ELSE TRY_CAST(${lastYear} AS INTEGER) END)`;
  return `(CASE
    WHEN regexp_matches(${label}, '^\\d{4}-\\d{1,2}-\\d{1,2}') THEN TRY_CAST(regexp_extract(${label}, '^\\d{4}-\\d{1,2}-\\d{1,2}') AS DATE)
    WHEN regexp_matches(${label}, '^\\d{1,2}/\\d{1,2}/\\d{4}') THEN CAST(try_strptime(regexp_extract(${label}, '^\\d{1,2}/\\d{1,2}/\\d{4}'), '%m/%d/%Y') AS DATE)
    WHEN regexp_matches(${label}, '${named}') THEN TRY_CAST(format('{}-{}-{}', ${year}, ${start}, regexp_extract(${label}, '${named}', 2)) AS DATE)
  END)`;
}
