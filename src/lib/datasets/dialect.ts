import Papa from 'papaparse';

/** How a CSV file is written. Each field is detected from the file's first KB and can be overridden. */
export interface CsvDialect {
  readonly delimiter: Delimiter;
  readonly quote: Quote;
  /** Whether the first line names the columns. */
  readonly header: boolean;
  readonly decimal: DecimalSeparator;
  readonly dateFormat: DateFormatId;
  readonly encoding: Encoding;
}

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export const DELIMITER_LABELS: Readonly<Record<Delimiter, string>> = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab' };

export const QUOTES = ['"', "'"] as const;
export type Quote = (typeof QUOTES)[number];

export const DECIMALS = ['.', ','] as const;
export type DecimalSeparator = (typeof DECIMALS)[number];

export const ENCODINGS = ['utf-8', 'latin-1'] as const;
export type Encoding = (typeof ENCODINGS)[number];
export const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'latin-1': 'Latin-1 / Windows-1252',
};

export const DATE_FORMAT_IDS = ['iso', 'dmy', 'mdy'] as const;
export type DateFormatId = (typeof DATE_FORMAT_IDS)[number];

/** The date formats an import understands: a label, DuckDB's strptime format and a matcher. */
export const DATE_FORMATS: Readonly<Record<DateFormatId, { label: string; strptime: string; pattern: RegExp }>> = {
  iso: { label: 'ISO (YYYY-MM-DD)', strptime: '%Y-%m-%d', pattern: /^\d{4}-\d{1,2}-\d{1,2}$/ },
  dmy: { label: 'DD-MM-YYYY', strptime: '%d-%m-%Y', pattern: /^\d{1,2}-\d{1,2}-\d{4}$/ },
  mdy: { label: 'MM/DD/YYYY', strptime: '%m/%d/%Y', pattern: /^\d{1,2}\/\d{1,2}\/\d{4}$/ },
};

/** The dialect of the bundled files. */
export const DEFAULT_DIALECT: CsvDialect = {
  delimiter: ',',
  quote: '"',
  header: true,
  decimal: '.',
  dateFormat: 'iso',
  encoding: 'utf-8',
};

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
