import { Curve, type CurveProps } from 'recharts';

type LinePoint = NonNullable<CurveProps['points']>[number];

/** How the line is drawn (the symbols keep the Scatter's own stroke). */
export interface LineStyle {
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly strokeDasharray?: string | undefined;
}

/**
 * A Scatter's joining line that lifts the pen between runs of figures (a series split at
 * a gap in the data): still one `<path>` per series, but no segment across a gap, so
 * nothing is drawn where nothing was reported. `runLengths` are the runs' sizes, in the
 * order of the Scatter's data.
 */
export function segmentedLine(runLengths: readonly number[], style: LineStyle) {
  return function drawSegmentedLine(props: CurveProps) {
    const points = props.points ?? [];
    const withBreaks: LinePoint[] = [];
    let start = 0;
    runLengths.forEach((length, run) => {
      // The curve leaves a null point out and, with connectNulls off, does not join across it.
      if (run > 0) withBreaks.push({ x: null, y: null });
      withBreaks.push(...points.slice(start, start + length));
      start += length;
    });
    return <Curve {...props} {...style} fill="none" type="linear" points={withBreaks} connectNulls={false} />;
  };
}
