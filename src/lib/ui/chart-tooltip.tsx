import { Suspense, lazy, type ComponentProps } from 'react';
import type { Tooltip } from 'recharts';

// Hovering and the keyboard need the tooltip, drawing the chart does not: its code (the
// tooltip, its cursor and their shapes, about 5 kB gzip) loads beside the first chart
// instead of before it.
const LazyTooltip = lazy(() => import('./recharts-tooltip').then((m) => ({ default: m.Tooltip })));

/**
 * Recharts' `<Tooltip>`, loaded on first use: the same props, and nothing drawn until its
 * code is in. Put it inside a chart as `<Tooltip>` would be.
 */
export function ChartTooltip(props: ComponentProps<typeof Tooltip>) {
  return (
    <Suspense fallback={null}>
      <LazyTooltip {...props} />
    </Suspense>
  );
}
