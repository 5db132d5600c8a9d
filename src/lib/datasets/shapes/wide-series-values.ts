import { literal } from '../../sql/ident';
import { looksLikePeriods } from '../ingest/period-date';

/**
 * How a series cell is read, the same rule in the detector (JavaScript, over the first
 * rows) and in the reshaping SQL (over every row): digits with an optional thousands
 * separator (1,234,567 or 1 234 567), a decimal point, and a k, M or B suffix (1.2M =
 * 1,200,000). A decimal comma ("1,5") is not a number: it is refused, not guessed.
 */
const NUMBER = '^[+-]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)([kKmMbB]|[bB][nN])?$';

/** Cells that say "no figure": they give no row, like an empty cell. */
export const BLANK_CELLS: readonly string[] = ['-', '–', '—', 'n/a', 'N/A'];

/** The number rule as the card states it. */
export const NUMBER_RULE =
  'numbers may have thousands separators (1,234,567 or 1 234 567) and a k, M or B suffix (1.2M = 1,200,000); empty cells and -, n/a give no row';

const numberPattern = new RegExp(NUMBER);

/** Whether a cell gives no row. */
export const isBlankCell = (value: string): boolean => value.trim() === '' || BLANK_CELLS.includes(value.trim());

/** Whether a cell reads as a number under the rule. */
export const isNumberCell = (value: string): boolean => numberPattern.test(value.replace(/\s/g, ''));

/** Whether a column's non-blank preview values are all ISO days or period labels (and there is one). */
export function looksLikeDates(values: readonly string[]): boolean {
  const given = values.map((v) => v.trim()).filter((v) => v !== '');
  return given.length > 0 && given.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) || looksLikePeriods([v]));
}

/** SQL: whether a text cell gives no row. */
export function blankCellSql(text: string): string {
  return `(nullif(trim(${text}), '') IS NULL OR trim(${text}) IN (${BLANK_CELLS.map((b) => literal(b)).join(', ')}))`;
}

/** SQL: a text cell as a DOUBLE under the rule, NULL when it is not a number. Exact: the suffix scales a DECIMAL. */
export function numberCellSql(text: string): string {
  const squeezed = `regexp_replace(${text}, '[\\s\\x{00A0}\\x{2009}\\x{202F}]', '', 'g')`;
  const pattern = literal(NUMBER);
  const digits = `replace(regexp_extract(${squeezed}, ${pattern}, 0), ',', '')`;
  const suffix = `lower(regexp_extract(${squeezed}, ${pattern}, 1))`;
  const scale = `CASE ${suffix} WHEN 'k' THEN 1000 WHEN 'm' THEN 1000000 WHEN 'b' THEN 1000000000 WHEN 'bn' THEN 1000000000 ELSE 1 END`;
  return `(CASE WHEN regexp_full_match(${squeezed}, ${pattern})
    THEN CAST(TRY_CAST(regexp_replace(${digits}, '[kKmMbBnN]+$', '') AS DECIMAL(38, 6)) * ${scale} AS DOUBLE) END)`;
}
