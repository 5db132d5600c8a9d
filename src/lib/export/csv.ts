import { downloadBlob } from './download';
import Papa from 'papaparse';

/** A cell of an exported table. */
export type CsvCell = string | number | boolean | Date | null | undefined;
export type CsvRow = Readonly<Record<string, CsvCell>>;

/**
 * Text cells a spreadsheet would run as a formula (or as DDE) when they start with one
 * of = + - @ tab or CR (OWASP "CSV injection"). Numbers are left alone: −5 is data.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows to CSV text (header from the first row's keys, or `columns`), with every text cell
 * that could start a formula prefixed by a single quote, so opening an export in Excel,
 * LibreOffice or Sheets never executes anything. Papa Parse quotes and escapes the rest
 * (commas, quotes, line breaks). Dates are written as ISO timestamps.
 */
export function toSafeCsv(rows: readonly CsvRow[], columns?: readonly string[]): string {
  const fields = columns ? [...columns] : Object.keys(rows[0] ?? {});
  if (fields.length === 0) throw new Error('A CSV export needs at least one column.');
  return Papa.unparse(
    { fields, data: rows.map((row) => fields.map((f) => row[f] ?? null)) },
    { escapeFormulae: FORMULA_START, newline: '\n', header: true },
  );
}

/** Offer `text` as a file download named `fileName` (UTF-8 CSV). */
export function downloadCsv(fileName: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}
