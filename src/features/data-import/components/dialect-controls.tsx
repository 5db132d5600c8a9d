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
  withSeparator,
} from '../../../lib/datasets/detect/dialect';
import { SelectField, toOptions } from '../../../lib/ui/select-field';

const DELIMITER_OPTIONS = toOptions(DELIMITERS, (d) => DELIMITER_LABELS[d]);
const QUOTE_OPTIONS = toOptions(QUOTES, (q) => (q === '"' ? 'Double (")' : "Single (')"));
const DECIMAL_OPTIONS = toOptions(DECIMALS, (d) => (d === '.' ? 'Point (1.5)' : 'Comma (1,5)'));
const THOUSANDS_OPTIONS = toOptions(THOUSANDS, (t) => THOUSANDS_LABELS[t]);
const DATE_FORMAT_OPTIONS = toOptions(DATE_FORMAT_IDS, (d) => DATE_FORMATS[d].label);
const ENCODING_OPTIONS = toOptions(ENCODINGS, (e) => ENCODING_LABELS[e]);

/** Delimiter, quote, header, decimal and thousands separators, date format and encoding: each detected, each overridable. */
export function DialectControls({ dialect, onChange }: { dialect: CsvDialect; onChange: (d: CsvDialect) => void }) {
  return (
    <div className="controls">
      <SelectField
        label="Delimiter"
        value={dialect.delimiter}
        options={DELIMITER_OPTIONS}
        onChange={(delimiter) => onChange({ ...dialect, delimiter })}
      />
      <SelectField
        label="Quote"
        value={dialect.quote}
        options={QUOTE_OPTIONS}
        onChange={(quote) => onChange({ ...dialect, quote })}
      />
      <SelectField
        label="Decimal separator"
        value={dialect.decimal}
        options={DECIMAL_OPTIONS}
        onChange={(decimal) => onChange(withSeparator(dialect, { decimal }))}
      />
      <SelectField
        label="Thousands separator"
        value={dialect.thousands}
        options={THOUSANDS_OPTIONS}
        onChange={(thousands) => onChange(withSeparator(dialect, { thousands }))}
      />
      <SelectField
        label="Date format"
        value={dialect.dateFormat}
        options={DATE_FORMAT_OPTIONS}
        onChange={(dateFormat) => onChange({ ...dialect, dateFormat })}
      />
      <SelectField
        label="Encoding"
        value={dialect.encoding}
        options={ENCODING_OPTIONS}
        onChange={(encoding) => onChange({ ...dialect, encoding })}
      />
      <label>
        <input
          type="checkbox"
          checked={dialect.header}
          onChange={(e) => onChange({ ...dialect, header: e.target.checked })}
        />
        First line is a header
      </label>
    </div>
  );
}
