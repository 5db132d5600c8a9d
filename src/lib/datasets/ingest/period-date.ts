/**
 * Week, month, quarter and year labels as days. A series dated by period ("2024-W05",
 * "2024-01", "Jan 2024", "2024-Q1", "Q1 2024", "2024") gets the period's last day, as the
 * bundled quarterly figures are dated at quarter end; anything else is read as a date.
 */

/** A label that names a period rather than a day. */
const PERIOD_LABEL = /^(\d{4}-?W\d{2}|\d{4}-\d{1,2}|[A-Za-z]{3,9}\.? \d{4}|\d{4}[- ]?Q[1-4]|Q[1-4][- ]?\d{4}|\d{4})$/i;

/** Whether every non-blank value is a period label (and there is one): the column is then read as text and dated by `periodDateSql`. */
export function looksLikePeriods(values: readonly string[]): boolean {
  const given = values.map((v) => v.trim()).filter((v) => v !== '');
  return given.length > 0 && given.every((v) => PERIOD_LABEL.test(v));
}

/** The rule as the card states it. */
export const PERIOD_RULE =
  "week, month, quarter and year labels are dated at the period's last day (2024-W05 → 2024-02-04, the ISO week's Sunday; 2024-01 → 2024-01-31, 2024-Q1 → 2024-03-31, 2024 → 2024-12-31)";

/** SQL: the day a text expression `text` names, its period's last day for a label, NULL when it names none. */
export function periodDateSql(text: string): string {
  const t = `trim(${text})`;
  const quarter = (yearGroup: number, quarterGroup: number, pattern: string) =>
    `last_day(make_date(CAST(regexp_extract(${t}, '${pattern}', ${yearGroup}) AS INTEGER), 3 * CAST(regexp_extract(${t}, '${pattern}', ${quarterGroup}) AS INTEGER), 1))`;
  // ISO week w of year y starts on the Monday of the week holding 4 January; a week 53 the year lacks names no day.
  const week = (group: number) => `CAST(regexp_extract(${t}, '(\\d{4})-?[Ww](\\d{2})', ${group}) AS INTEGER)`;
  const jan4 = `make_date(${week(1)}, 1, 4)`;
  const monday = `(${jan4} - CAST(isodow(${jan4}) - 1 + 7 * (1 - ${week(2)}) AS INTEGER))`;
  return `(CASE
    WHEN regexp_full_match(${t}, '\\d{4}-?[Ww]\\d{2}') THEN
      CASE WHEN ${week(2)} BETWEEN 1 AND 53 AND isoyear(${monday}) = ${week(1)} THEN CAST(${monday} + CAST(6 AS INTEGER) AS DATE) END
    WHEN regexp_full_match(${t}, '\\d{4}') THEN TRY_CAST(${t} || '-12-31' AS DATE)
    WHEN regexp_full_match(${t}, '\\d{4}-\\d{1,2}') THEN last_day(TRY_CAST(${t} || '-01' AS DATE))
    WHEN regexp_full_match(${t}, '(\\d{4})[- ]?[Qq]([1-4])') THEN ${quarter(1, 2, '(\\d{4})[- ]?[Qq]([1-4])')}
    WHEN regexp_full_match(${t}, '[Qq]([1-4])[- ]?(\\d{4})') THEN ${quarter(2, 1, '[Qq]([1-4])[- ]?(\\d{4})')}
    WHEN regexp_full_match(${t}, '[A-Za-z]{3,9}\\.? \\d{4}') THEN last_day(CAST(coalesce(try_strptime(replace(${t}, '.', ''), '%b %Y'), try_strptime(replace(${t}, '.', ''), '%B %Y')) AS DATE))
    ELSE TRY_CAST(${t} AS DATE)
  END)`;
}
