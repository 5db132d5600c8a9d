import { ident } from '../../sql/ident';

/** A time written with a zone or offset after it: `…T10:00Z`, `… 10:00:00+02:00`, `…10:00-0530`. */
export const ZONED = String.raw`\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$`;

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
      WHEN regexp_matches(${f}, '${ZONED}', 'i') THEN CAST(TRY_CAST(${f} AS TIMESTAMPTZ) AS TIMESTAMP)
    END AS __instant,
    t.rowid AS __row
  FROM ${ident(table)} t) s
ASOF LEFT JOIN ${ident(transitions)} z ON epoch_ms(s.__instant) >= z.at_ms
ORDER BY s.__row`;
}
