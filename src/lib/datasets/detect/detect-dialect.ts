import Papa from 'papaparse';
import {
  DATE_FORMAT_IDS,
  DATE_FORMATS,
  DELIMITERS,
  type CsvDialect,
  type DateFormatId,
  type DecimalEvidence,
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

/** Decimals that no digit group can be: a mark followed by 1–2 or 4+ digits (`1,5`, `2.75`, `0,1234`). */
const DECIMALS_ONLY: Readonly<Record<DecimalSeparator, RegExp>> = {
  ',': /^-?\d+,(\d{1,2}|\d{4,})%?$/,
  '.': /^-?\d+\.(\d{1,2}|\d{4,})%?$/,
};

/**
 * The decimal mark and what it rests on: digit groups (1.234,5), else a value whose mark
 * can only be a decimal (1,5 or 2.75; the first such value decides), else a `1,250`-like
 * value in a file not separated by commas, which European exports write for 1.25. Null:
 * nothing in the values says (a point, as the bundled files write).
 */
function detectDecimal(
  body: readonly string[][],
  delimiter: Delimiter,
  grouping: (typeof GROUPED)[number] | null,
): { decimal: DecimalSeparator; from: DecimalEvidence } | null {
  const values = body.flat().map((v) => v.trim());
  if (grouping) {
    const example = values.find((v) => grouping.pattern.test(v)) ?? '';
    return { decimal: grouping.decimal, from: { by: 'values', example } };
  }
  const shown = values.find((v) => DECIMALS_ONLY[','].test(v) || DECIMALS_ONLY['.'].test(v));
  if (shown) return { decimal: DECIMALS_ONLY[','].test(shown) ? ',' : '.', from: { by: 'values', example: shown } };
  const comma = delimiter === ',' ? undefined : values.find((v) => /^-?\d+,\d+%?$/.test(v));
  return comma ? { decimal: ',', from: { by: 'delimiter', example: comma } } : null;
}

/** How many fields a line has, as Papa Parse splits it with any of the delimiters. */
function fieldCount(line: string): number {
  const parsed = Papa.parse<string[]>(line, { delimitersToGuess: [...DELIMITERS] });
  return parsed.data[0]?.length ?? 0;
}

/**
 * Lines above the table: a title and filter blocks ending in a blank line, as Amplitude
 * writes its chart exports. The table is the first run of at least two lines after a
 * blank line with the same count of fields (3 or more), more than any line above it has.
 * Without a blank line, up to 10 title lines (`Weekly active users`, `# exported …`)
 * directly above a header (a line of names, no number or date among them) with at least
 * two fields are the preamble when each has fewer fields than the header and the line
 * below it. A plain CSV (its header first) has none.
 */
export function preambleLength(text: string): number {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 40);
  for (let i = 1; i < lines.length - 2; i++) {
    if ((lines[i] ?? '').trim() !== '') continue;
    const table = lines.slice(i + 1, i + 3);
    const width = fieldCount(table[0] ?? '');
    if (width < 3 || table.some((l) => fieldCount(l) !== width)) continue;
    const above = lines.slice(0, i).filter((l) => l.trim() !== '');
    if (above.length > 0 && above.every((l) => fieldCount(l) < width)) return i + 1;
  }
  for (let i = 1; i <= Math.min(10, lines.length - 2); i++) {
    const header = lines[i] ?? '';
    const width = fieldCount(header);
    if (width < 2 || fieldCount(lines[i + 1] ?? '') !== width || !namesOnly(header)) continue;
    if (lines.slice(0, i).every((l) => l.trim() !== '' && fieldCount(l) < width)) return i;
    return 0;
  }
  return 0;
}

/** Whether a line reads as a header: every field filled and none a number or a date. */
function namesOnly(line: string): boolean {
  const fields = Papa.parse<string[]>(line, { delimitersToGuess: [...DELIMITERS] }).data[0] ?? [];
  return fields.every((v) => v.trim() !== '' && !isNumberLike(v) && !isDateLike(v));
}

/** The lines above the table that the dialect skips (a tool's title and filter blocks), without tabs and quotes. */
export function preambleLines(text: string, dialect: CsvDialect): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .slice(0, dialect.skip ?? 0)
    .map((line) => line.replace(/["\t]/g, ' ').trim())
    .filter((line) => line !== '');
}

/**
 * Guess the dialect from the first part of a file (already decoded). Papa Parse picks
 * the delimiter; the decimal mark comes from the values (`detectDecimal`), and says why;
 * digit groups (1.234.567) set the thousands separator, and the decimal separator to the
 * other mark; the header is assumed unless the first row looks like data.
 */
export function detectDialect(head: string, encoding: Encoding): CsvDialect {
  const skip = preambleLength(head.replace(/^\uFEFF/, ''));
  const text = head
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .slice(skip)
    .join('\n');
  const guess = Papa.parse<string[]>(text, { preview: 20, delimitersToGuess: [...DELIMITERS], skipEmptyLines: true });
  const delimiter = (DELIMITERS as readonly string[]).includes(guess.meta.delimiter)
    ? (guess.meta.delimiter as Delimiter)
    : ',';
  const rows = guess.data;
  const first = rows[0] ?? [];
  const header = !first.some((v) => v.trim() !== '' && (isNumberLike(v) || isDateLike(v)));
  const body = header ? rows.slice(1) : rows;
  const grouping = detectGrouping(body);
  const decimal = detectDecimal(body, delimiter, grouping);
  const singleQuoted = !text.includes('"') && /(^|[,;\t])'[^']*'([,;\t]|$)/m.test(text);
  return {
    ...(skip > 0 ? { skip } : {}),
    delimiter,
    quote: singleQuoted ? "'" : '"',
    header,
    decimal: decimal?.decimal ?? '.',
    ...(decimal ? { decimalFrom: decimal.from } : {}),
    thousands: grouping?.thousands ?? '',
    dateFormat: detectDateFormat(body),
    encoding,
  };
}
