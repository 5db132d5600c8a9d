/** How a CSV file is written. Each field is detected from the file's first KB and can be overridden. */
export interface CsvDialect {
  readonly delimiter: Delimiter;
  readonly quote: Quote;
  /** Whether the first line names the columns. */
  readonly header: boolean;
  readonly decimal: DecimalSeparator;
  /** The digit-group separator in numbers (1.234.567), or '' for none. Never the decimal separator. */
  readonly thousands: ThousandsSeparator;
  readonly dateFormat: DateFormatId;
  readonly encoding: Encoding;
  /**
   * Lines before the table that are not read: the title and filter blocks some tools
   * write above their data (Amplitude's chart exports). Absent or 0 for a plain CSV.
   */
  readonly skip?: number;
  /**
   * Why the decimal mark is what it is, when detection saw a reason: a value that shows it
   * (`1,5`, `1.234,5`, `2.75`), or only the delimiter (`1,250` in a `;` file, as European
   * exports write decimals). Absent for the default and once the user chooses.
   */
  readonly decimalFrom?: DecimalEvidence;
}

/** What a detected decimal mark rests on: the file's values (one quoted), or its delimiter. */
export interface DecimalEvidence {
  readonly by: 'values' | 'delimiter';
  /** A value of the file that shows the mark, or that the delimiter decided. */
  readonly example: string;
}

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export const DELIMITER_LABELS: Readonly<Record<Delimiter, string>> = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab' };

export const QUOTES = ['"', "'"] as const;
export type Quote = (typeof QUOTES)[number];

export const DECIMALS = ['.', ','] as const;
export type DecimalSeparator = (typeof DECIMALS)[number];

export const THOUSANDS = ['', ',', '.', ' '] as const;
export type ThousandsSeparator = (typeof THOUSANDS)[number];
export const THOUSANDS_LABELS: Readonly<Record<ThousandsSeparator, string>> = {
  '': 'None (1234567)',
  ',': 'Comma (1,234,567)',
  '.': 'Point (1.234.567)',
  ' ': 'Space (1 234 567)',
};

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

/**
 * Change the decimal or the thousands separator, keeping the two different (DuckDB
 * refuses the same mark for both): the one not being set gives way.
 */
export function withSeparator(
  dialect: CsvDialect,
  change: { decimal: DecimalSeparator } | { thousands: ThousandsSeparator },
): CsvDialect {
  // Chosen by the user: what detection saw no longer explains it.
  const chosen: CsvDialect = { ...dialect };
  delete (chosen as { decimalFrom?: DecimalEvidence }).decimalFrom;
  if ('decimal' in change) {
    return {
      ...chosen,
      decimal: change.decimal,
      thousands: dialect.thousands === change.decimal ? '' : dialect.thousands,
    };
  }
  const clash = change.thousands === dialect.decimal;
  if (!clash) return { ...dialect, thousands: change.thousands };
  return {
    ...chosen,
    thousands: change.thousands,
    decimal: change.thousands === '.' ? ',' : '.',
  };
}

/** The dialect of the bundled files. */
export const DEFAULT_DIALECT: CsvDialect = {
  delimiter: ',',
  quote: '"',
  header: true,
  decimal: '.',
  thousands: '',
  dateFormat: 'iso',
  encoding: 'utf-8',
};
