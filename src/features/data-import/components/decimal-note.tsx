import type { CsvDialect } from '../../../lib/datasets/detect/dialect';

/**
 * Which decimal mark the file's numbers are read with and why, when it matters: a decimal
 * comma, or a mark the values or the delimiter decided. A wrong guess is changed with the
 * "Decimal separator" control beside it.
 */
export function DecimalNote({ dialect }: { readonly dialect: CsvDialect }) {
  const from = dialect.decimalFrom;
  if (dialect.decimal === '.' && !from) return null;
  const mark = dialect.decimal === ',' ? 'a decimal comma (1,5 = 1.5)' : 'a decimal point (1.5)';
  const why = !from
    ? 'as chosen'
    : from.by === 'values'
      ? `values such as “${from.example}” show it`
      : `assumed: values such as “${from.example}” could be either, and the file is not separated by commas, as European exports are`;
  return (
    <p className="chart-note" role="note" aria-label="Decimal mark">
      Numbers are read with {mark}: {why}. If that is wrong, change “Decimal separator”.
    </p>
  );
}
