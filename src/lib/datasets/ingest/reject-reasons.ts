import { DATE_FORMATS, type CsvDialect } from '../detect/dialect';

/** A row of DuckDB's reject errors table, as much of it as Uptake reads. */
export interface RejectRow {
  readonly line: number;
  readonly column_name: string | null;
  readonly error_type: string;
  readonly error_message: string;
}

const CONVERT = /Could not convert string "([\s\S]*?)" to '(\w+)'/;
const FOUND = /Expected Number of Columns: (\d+) Found: (\d+)/;

/** What a value that failed to convert looks like, and what to do about it. */
export function castReason(
  value: string,
  type: string,
  dialect: Pick<CsvDialect, 'dateFormat' | 'decimal' | 'thousands'>,
): string {
  const shown = `"${value}"`;
  if (type === 'DATE' || type.startsWith('TIMESTAMP')) {
    const format = DATE_FORMATS[dialect.dateFormat].label;
    return `${shown} is not a valid date in the ${format} format (an impossible day such as 30 February, or another format). Fix the value, or choose the file's date format.`;
  }
  if (type === 'BOOLEAN') return `${shown} is not true or false.`;
  if (/^-?[\d.,\s]+%$/.test(value.trim())) {
    return `${shown} is a percentage; write it as a plain number (a fraction such as 0.79 for 79%).`;
  }
  const grouped = /^-?\d{1,3}([.,\s'])\d{3}(\1\d{3})*([.,]\d+)?$/.exec(value.trim());
  if (grouped) {
    const mark = grouped[1] === ' ' ? 'space' : `"${grouped[1]}"`;
    return `${shown} has thousands separators; choose ${mark} as the thousands separator above, or write the number without them (e.g. ${value.replace(/[.,\s']/g, '')}).`;
  }
  if (dialect.decimal === '.' && /^-?\d+,\d+$/.test(value.trim())) {
    return `${shown} has a decimal comma; choose "," as the decimal separator.`;
  }
  return `${shown} is not a number${type === 'BIGINT' || type === 'INTEGER' ? ' (a whole number is expected)' : ''}.`;
}

/** A person-readable reason for one rejected row, saying what to do next. */
export function rejectReason(
  row: RejectRow,
  dialect: Pick<CsvDialect, 'dateFormat' | 'decimal' | 'thousands'>,
): string {
  switch (row.error_type) {
    case 'CAST': {
      const m = CONVERT.exec(row.error_message);
      return m ? castReason(m[1] ?? '', m[2] ?? '', dialect) : row.error_message;
    }
    case 'TOO MANY COLUMNS': {
      const m = FOUND.exec(row.error_message);
      return m
        ? `the row has more fields than the ${m[1]} columns of the header; quote values that contain the delimiter, or check the delimiter setting.`
        : row.error_message;
    }
    case 'MISSING COLUMNS': {
      const m = FOUND.exec(row.error_message);
      return m
        ? `the row has fewer fields than the ${m[1]} columns of the header; add the missing values (empty is fine for optional columns).`
        : row.error_message;
    }
    case 'INVALID ENCODING':
    case 'INVALID UNICODE':
      return 'the text is not valid UTF-8; choose the Latin-1 / Windows-1252 encoding, or save the file as UTF-8.';
    case 'UNQUOTED VALUE':
      return 'a quote inside a value is not escaped; double it ("") or quote the whole value.';
    case 'LINE SIZE OVER MAXIMUM':
      return 'the line is too long to read; a closing quote is probably missing.';
    default:
      return row.error_message;
  }
}
