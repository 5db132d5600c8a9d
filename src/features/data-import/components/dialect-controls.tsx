import {
  DATE_FORMAT_IDS,
  DATE_FORMATS,
  DECIMALS,
  DELIMITER_LABELS,
  DELIMITERS,
  ENCODING_LABELS,
  ENCODINGS,
  QUOTES,
  THOUSANDS,
  THOUSANDS_LABELS,
  type CsvDialect,
  type DateFormatId,
  type DecimalSeparator,
  type Delimiter,
  type Encoding,
  type Quote,
  type ThousandsSeparator,
  withSeparator,
} from '../../../lib/datasets/detect/dialect';

/** Delimiter, quote, header, decimal and thousands separators, date format and encoding: each detected, each overridable. */
export function DialectControls({ dialect, onChange }: { dialect: CsvDialect; onChange: (d: CsvDialect) => void }) {
  return (
    <div className="controls">
      <label>
        Delimiter
        <select value={dialect.delimiter} onChange={(e) => onChange({ ...dialect, delimiter: e.target.value as Delimiter })}>
          {DELIMITERS.map((d) => (
            <option key={d} value={d}>
              {DELIMITER_LABELS[d]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Quote
        <select value={dialect.quote} onChange={(e) => onChange({ ...dialect, quote: e.target.value as Quote })}>
          {QUOTES.map((q) => (
            <option key={q} value={q}>
              {q === '"' ? 'Double (")' : "Single (')"}
            </option>
          ))}
        </select>
      </label>
      <label>
        Decimal separator
        <select value={dialect.decimal} onChange={(e) => onChange(withSeparator(dialect, { decimal: e.target.value as DecimalSeparator }))}>
          {DECIMALS.map((d) => (
            <option key={d} value={d}>
              {d === '.' ? 'Point (1.5)' : 'Comma (1,5)'}
            </option>
          ))}
        </select>
      </label>
      <label>
        Thousands separator
        <select
          value={dialect.thousands}
          onChange={(e) => onChange(withSeparator(dialect, { thousands: e.target.value as ThousandsSeparator }))}
        >
          {THOUSANDS.map((t) => (
            <option key={t || 'none'} value={t}>
              {THOUSANDS_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Date format
        <select value={dialect.dateFormat} onChange={(e) => onChange({ ...dialect, dateFormat: e.target.value as DateFormatId })}>
          {DATE_FORMAT_IDS.map((d) => (
            <option key={d} value={d}>
              {DATE_FORMATS[d].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Encoding
        <select value={dialect.encoding} onChange={(e) => onChange({ ...dialect, encoding: e.target.value as Encoding })}>
          {ENCODINGS.map((d) => (
            <option key={d} value={d}>
              {ENCODING_LABELS[d]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={dialect.header} onChange={(e) => onChange({ ...dialect, header: e.target.checked })} />
        First line is a header
      </label>
    </div>
  );
}
