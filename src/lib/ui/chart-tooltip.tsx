import { Suspense, lazy, useEffect, useState, type ComponentProps } from 'react';
import type { Tooltip } from 'recharts';
import { useDeferredLoadsReleased } from './deferred-loads';

// Hovering and the keyboard need the tooltip, drawing the chart does not: its code (the
// tooltip, its cursor and their shapes, about 8 kB gzip) loads once the chart is drawn
// and the engine is up (deferred-loads.ts), instead of before.
const LazyTooltip = lazy(() => import('./recharts-tooltip').then((m) => ({ default: m.Tooltip })));

/**
 * True once the browser has had an idle moment since mount (at most a second later): by
 * then the chart around it has laid itself out and drawn, which Recharts does in effects.
 */
function useIdleSinceMount(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIdle(true), { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 0);
    return () => clearTimeout(id);
  }, []);
  return idle;
}

/**
 * Recharts' `<Tooltip>`, loaded after the chart is drawn: the same props, and nothing
 * shown until its code is in (a pointer already over the chart then gets its tooltip).
 * Put it inside a chart as `<Tooltip>` would be.
 */
export function ChartTooltip(props: ComponentProps<typeof Tooltip>) {
  const idle = useIdleSinceMount();
  const released = useDeferredLoadsReleased();
  if (!idle || !released) return null;
  return (
    <Suspense fallback={null}>
      <LazyTooltip {...props} />
    </Suspense>
  );
}
