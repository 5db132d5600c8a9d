import type { ShapeDefinition } from './shape-definition';
import type { WideSeriesShape } from './shape-types';
import { detectWideSeries } from './wide-series-detect';
import { wideSeriesSql } from './wide-series-sql';

/**
 * Adoption series (→ `signups`): a date column and one column per platform or per metric
 * (each filled cell a row), or a long series with one `value` column and no metric column.
 */
export const WIDE_SERIES: ShapeDefinition<WideSeriesShape> = {
  kind: 'wide-series',
  detect: (header, body, fileName, _preamble, decimal) => detectWideSeries(header, body, fileName, decimal),
  sql: wideSeriesSql,
};
