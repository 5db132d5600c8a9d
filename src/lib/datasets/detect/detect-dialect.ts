import Papa from 'papaparse';
import {
  DATE_FORMAT_IDS,
  DATE_FORMATS,
  DELIMITERS,
  type CsvDialect,
  type DateFormatId,
  type DecimalSeparator,
  type Delimiter,
  type Encoding,
  type ThousandsSeparator,
} from './dialect';

const isNumberLike = (v: string) => /^-?\d+([.,]\d+)?%?$/.test(v.trim());
const isDateLike = (v: string) => DATE_FORMAT_IDS.some((id) => DATE_FORMATS[id].pattern.test(v.trim()));

/** The most common date format among the sample's values, preferring ISO on a tie. */
function detectDateFormat(rows: readonly string[][]): DateFormatId {
  const counts: Record<DateFormatId, number> = { iso: 0, dmy: 0, mdy: 0 };
  for (const row of rows) {
    for (const value of row) {
      for (const id of DATE_FORMAT_IDS) if (DATE_FORMATS[id].pattern.test(value.trim())) counts[id]++;
    }
  }
  return DATE_FORMAT_IDS.reduce((best, id) => (counts[id] > counts[best] ? id : best), 'iso');
}

/**
 * Digit groups that cannot be anything else: two or more groups (1.234.567, 1,234,567),
 * one group followed by the other separator's decimals (1.234,5 or 1,234.5), or spaces.
 * "1.234" alone stays a decimal number.
 */
const GROUPED: readonly { thousands: Exclude<ThousandsSeparator, ''>; decimal: DecimalSeparator; pattern: RegExp }[] = [
  { thousands: '.', decimal: ',', pattern: /^-?\d{1,3}(?:(?:\.\d{3}){2,}(?:,\d+)?|\.\d{3},\d+)$/ },
  { thousands: ',', decimal: '.', pattern: /^-?\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d+)?|,\d{3}\.\d+)$/ },
  { thousands: ' ', decimal: '.', pattern: /^-?\d{1,3}(?: \d{3})+(?:\.\d+)?$/ },
  { thousands: ' ', decimal: ',', pattern: /^-?\d{1,3}(?: \d{3})+,\d+$/ },
];

function detectGrouping(rows: readonly string[][]): (typeof GROUPED)[number] | null {
  for (const row of rows) {
    for (const value of row) {
      const found = GROUPED.find((g) => g.pattern.test(value.trim()));
      if (found) return found;
    }
  }
  return null;
}

/**
 * Guess the dialect from the first part of a file (already decoded). Papa Parse picks
 * the delimiter; a decimal comma is assumed when the fields are `;`-separated and
 * numbers like `1,5` appear; digit groups (1.234.567) set the thousands separator, and the
 * decimal separator to the other mark; the header is assumed unless the first row looks like data.
 */
export function detectDialect(head: string, encoding: Encoding): CsvDialect {
  const text = head.replace(/^\uFEFF/, '');
  const guess = Papa.parse<string[]>(text, { preview: 20, delimitersToGuess: [...DELIMITERS], skipEmptyLines: true });
  const delimiter = (DELIMITERS as readonly string[]).includes(guess.meta.delimiter)
    ? (guess.meta.delimiter as Delimiter)
    : ',';
  const rows = guess.data;
  const first = rows[0] ?? [];
  const header = !first.some((v) => v.trim() !== '' && (isNumberLike(v) || isDateLike(v)));
  const body = header ? rows.slice(1) : rows;
  const grouping = detectGrouping(body);
  const decimalComma = grouping
    ? grouping.decimal === ','
    : delimiter !== ',' && body.some((row) => row.some((v) => /^-?\d+,\d+$/.test(v.trim())));
  const singleQuoted = !text.includes('"') && /(^|[,;\t])'[^']*'([,;\t]|$)/m.test(text);
  return {
    delimiter,
    quote: singleQuoted ? "'" : '"',
    header,
    decimal: decimalComma ? ',' : '.',
    thousands: grouping?.thousands ?? '',
    dateFormat: detectDateFormat(body),
    encoding,
  };
}
