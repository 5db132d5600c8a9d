import Papa from 'papaparse';
import { DATE_FORMAT_IDS, DATE_FORMATS, DELIMITERS, type CsvDialect, type DateFormatId, type Delimiter, type Encoding } from './dialect';

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
 * Guess the dialect from the first part of a file (already decoded). Papa Parse picks
 * the delimiter; a decimal comma is assumed when the fields are `;`-separated and
 * numbers like `1,5` appear; the header is assumed unless the first row looks like data.
 */
export function detectDialect(head: string, encoding: Encoding): CsvDialect {
  const text = head.replace(/^\uFEFF/, '');
  const guess = Papa.parse<string[]>(text, { preview: 20, delimitersToGuess: [...DELIMITERS], skipEmptyLines: true });
  const delimiter = (DELIMITERS as readonly string[]).includes(guess.meta.delimiter) ? (guess.meta.delimiter as Delimiter) : ',';
  const rows = guess.data;
  const first = rows[0] ?? [];
  const header = !first.some((v) => v.trim() !== '' && (isNumberLike(v) || isDateLike(v)));
  const body = header ? rows.slice(1) : rows;
  const decimalComma = delimiter !== ',' && body.some((row) => row.some((v) => /^-?\d+,\d+$/.test(v.trim())));
  const singleQuoted = !text.includes('"') && /(^|[,;\t])'[^']*'([,;\t]|$)/m.test(text);
  return {
    delimiter,
    quote: singleQuoted ? "'" : '"',
    header,
    decimal: decimalComma ? ',' : '.',
    dateFormat: detectDateFormat(body),
    encoding,
  };
}
