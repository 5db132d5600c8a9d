import { ident } from '../../sql/ident';

/** A time written with a zone or offset after it: `…T10:00Z`, `… 10:00:00+02:00`, `…10:00-0530`. */
export const ZONED = String.raw`\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$`;

/**
 * SQL: the UTC instant (TIMESTAMP) of an ISO 8601 text time, or its wall time when it has
 * no zone, NULL when it does not parse. DuckDB's own cast reads `…10:00:00-0530`, `+05`
 * and `+05:30`, but not a time without seconds before its zone (`…T10:00Z`,
 * `…10:00-0530`), a space before the offset or a lower-case `z`: only values the cast
 * refuses are respelled (seconds added, the space dropped, upper case) and cast again,
 * so well-formed values cost nothing more.
 */
export function isoInstantSql(text: string): string {
  const seconds = String.raw`regexp_replace(${text}, '^(\s*\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2})(\s*[Zz+-])', '\1:00\2')`;
  const respelled = String.raw`upper(regexp_replace(${seconds}, '\s+([Zz+-][0-9:]*\s*)$', '\1'))`;
  return `CAST(coalesce(TRY_CAST(${text} AS TIMESTAMPTZ), TRY_CAST(${respelled} AS TIMESTAMPTZ)) AS TIMESTAMP)`;
}

/**
 * SQL selecting every column of `table` plus `__day`: the day, in a zone, of the text
 * timestamp in column `field`. Unix seconds (9–10 digits) and milliseconds (12–13 digits)
 * and ISO 8601 times with a zone or offset are instants: the zone's offset in force then
 * is added, found by an ASOF join on `transitions` (columns `at_ms` BIGINT, `minutes`
 * INTEGER, from `zoneTransitions`). Times without a zone (`2024-03-10 23:30`, or a bare
 * date) are already the zone's wall time: their own date is the day. A value that does
 * not parse gets a NULL day, never a guess. Row order (rowid) is kept, so file lines
 * still locate problems.
 */
export function localDaySql(table: string, field: string, transitions: string): string {
  const f = `trim(CAST(${ident(field)} AS VARCHAR))`;
  return `-- datasets/local-day
SELECT s.* EXCLUDE (__instant, __zoned),
  CAST(CASE WHEN s.__zoned THEN s.__instant + to_minutes(z.minutes) ELSE TRY_CAST(s.__text AS TIMESTAMP) END AS DATE) AS __day
FROM (
  SELECT t.*, ${f} AS __text,
    regexp_full_match(${f}, '\\d{9,10}|\\d{12,13}') OR regexp_matches(${f}, '${ZONED}', 'i') AS __zoned,
    CASE
      WHEN regexp_full_match(${f}, '\\d{9,10}') THEN make_timestamp(CAST(${f} AS BIGINT) * 1000000)
      WHEN regexp_full_match(${f}, '\\d{12,13}') THEN epoch_ms(CAST(${f} AS BIGINT))
      WHEN regexp_matches(${f}, '${ZONED}', 'i') THEN ${isoInstantSql(f)}
    END AS __instant,
    t.rowid AS __row
  FROM ${ident(table)} t) s
ASOF LEFT JOIN ${ident(transitions)} z ON epoch_ms(s.__instant) >= z.at_ms
ORDER BY s.__row`;
}
