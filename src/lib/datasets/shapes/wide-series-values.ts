import { literal } from '../../sql/ident';
import { looksLikePeriods } from '../ingest/period-date';

/** A decimal mark: a point (1,234.5) or a comma (1.234,5), as the file's dialect says. */
export type DecimalMark = '.' | ',';

/**
 * How a series cell is read, the same rule in the detector (JavaScript, over the first
 * rows) and in the reshaping SQL (over every row): digits with an optional thousands
 * separator, the decimal mark, and a k, M or B suffix (1.2M = 1,200,000). With a decimal
 * point the separator is a comma or a space (1,234,567.5); with a decimal comma, as
 * European exports write numbers, a point or a space (1.234.567,5). The other mark is
 * never guessed: "1,5" under a decimal point is not a number, and says so.
 */
const NUMBERS: Readonly<Record<DecimalMark, string>> = {
  '.': '^[+-]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)([kKmMbB]|[bB][nN])?$',
  ',': '^[+-]?(?:(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?|,\\d+)([kKmMbB]|[bB][nN])?$',
};

/** Cells that say "no figure": they give no row, like an empty cell. */
export const BLANK_CELLS: readonly string[] = ['-', '–', '—', 'n/a', 'N/A'];

/** The number rule as the card states it, for a decimal mark. */
export function numberRule(decimal: DecimalMark): string {
  const written =
    decimal === ','
      ? 'numbers have a decimal comma (1,5 = 1.5) and may have thousands separators (1.234.567,5 or 1 234 567) and a k, M or B suffix (1,2M = 1,200,000)'
      : 'numbers have a decimal point (1.5) and may have thousands separators (1,234,567 or 1 234 567) and a k, M or B suffix (1.2M = 1,200,000)';
  return `${written}; empty cells and -, n/a give no row`;
}

const patterns: Readonly<Record<DecimalMark, RegExp>> = {
  '.': new RegExp(NUMBERS['.']),
  ',': new RegExp(NUMBERS[',']),
};

/** Whether a cell gives no row. */
export const isBlankCell = (value: string): boolean => value.trim() === '' || BLANK_CELLS.includes(value.trim());

/** Whether a cell reads as a number under the rule, with the given decimal mark (a point by default). */
export const isNumberCell = (value: string, decimal: DecimalMark = '.'): boolean =>
  patterns[decimal].test(value.replace(/\s/g, ''));

/** Whether a column's non-blank preview values are all ISO days or period labels (and there is one). */
export function looksLikeDates(values: readonly string[]): boolean {
  const given = values.map((v) => v.trim()).filter((v) => v !== '');
  return given.length > 0 && given.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) || looksLikePeriods([v]));
}

/** SQL: whether a text cell gives no row. */
export function blankCellSql(text: string): string {
  return `(nullif(trim(${text}), '') IS NULL OR trim(${text}) IN (${BLANK_CELLS.map((b) => literal(b)).join(', ')}))`;
}

/**
 * SQL: a text cell as a DOUBLE under the rule with the given decimal mark, NULL when it is
 * not a number. Exact: the suffix scales a DECIMAL.
 */
export function numberCellSql(text: string, decimal: DecimalMark = '.'): string {
  const squeezed = `regexp_replace(${text}, '[\\s\\x{00A0}\\x{2009}\\x{202F}]', '', 'g')`;
  const pattern = literal(NUMBERS[decimal]);
  const matched = `regexp_extract(${squeezed}, ${pattern}, 0)`;
  // Thousands separators go, and a decimal comma becomes the point a cast reads.
  const digits = decimal === ',' ? `replace(replace(${matched}, '.', ''), ',', '.')` : `replace(${matched}, ',', '')`;
  const suffix = `lower(regexp_extract(${squeezed}, ${pattern}, 1))`;
  const scale = `CASE ${suffix} WHEN 'k' THEN 1000 WHEN 'm' THEN 1000000 WHEN 'b' THEN 1000000000 WHEN 'bn' THEN 1000000000 ELSE 1 END`;
  return `(CASE WHEN regexp_full_match(${squeezed}, ${pattern})
    THEN CAST(TRY_CAST(regexp_replace(${digits}, '[kKmMbBnN]+$', '') AS DECIMAL(38, 6)) * ${scale} AS DOUBLE) END)`;
}
