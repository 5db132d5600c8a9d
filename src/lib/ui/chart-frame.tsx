import { cloneElement, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface ChartFrameProps {
  /** Fixed width in pixels (tests, exports); the chart fills its container's width when absent. */
  readonly width?: number | undefined;
  readonly height: number;
  /** One Recharts chart (`<ComposedChart>`, `<ScatterChart>` …) without a size of its own. */
  readonly children: ReactElement<{ width?: number; height?: number }>;
}

/**
 * The one way a chart gets its size: a fixed width and height draw it at exactly that
 * size (no measuring, so it renders the same in Node and in an export); otherwise it
 * takes the width of its container at the given height.
 */
export function ChartFrame({ width, height, children }: ChartFrameProps) {
  if (width !== undefined) return cloneElement(children, { width, height });
  return (
    <ResponsiveContainer width="100%" height={height} minWidth={0}>
      {children}
    </ResponsiveContainer>
  );
}
