/** A label's horizontal extent, in x-axis units. */
export interface LabelSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Rows for event labels so that labels whose extents overlap stack instead of
 * overprinting: each label goes in the first row where it fits, scanning left to right.
 */
export function labelRows(spans: readonly LabelSpan[], padding = 0): number[] {
  const order = spans.map((span, i) => ({ span, i })).sort((a, b) => a.span.start - b.span.start);
  const rowEnds: number[] = [];
  const rows = new Array<number>(spans.length).fill(0);
  for (const { span, i } of order) {
    let row = rowEnds.findIndex((end) => span.start >= end + padding);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = span.end;
    rows[i] = row;
  }
  return rows;
}
