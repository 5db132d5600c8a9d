import { formatCompact } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';

/** What Recharts hands a custom tooltip: the x under the cursor and one entry per series there. */
export interface TooltipContentProps {
  readonly active?: boolean;
  readonly label?: number | string;
  readonly payload?: ReadonlyArray<{
    readonly name?: string | number;
    readonly value?: unknown;
    readonly dataKey?: unknown;
  }>;
}

const show = (v: unknown) =>
  Array.isArray(v) ? v.map((x) => formatCompact(Number(x))).join('–') : formatCompact(Number(v));

/**
 * A tooltip that names the day under the cursor (`heading`) and each series' value in its
 * unit, and says which values are modelled. Used by the projection and backtest charts.
 */
export function ValuesTooltip({
  active,
  label,
  payload,
  heading,
  unitOf,
}: TooltipContentProps & {
  readonly heading: (label: number) => string;
  /** The unit of a series ("people", "MAU"), by its dataKey. */
  readonly unitOf: (dataKey: string) => string;
}) {
  if (!active || !payload || payload.length === 0 || label === undefined) return null;
  return (
    <div className="tooltip chart-tooltip" role="status">
      <strong>{heading(Number(label))}</strong>
      {payload
        // A scatter also reports its x (a day or a timestamp): the heading already says it.
        .filter((p) => p.value !== undefined && p.value !== null && p.dataKey !== 'x' && p.dataKey !== 'day')
        .map((p) => (
          <div key={String(p.dataKey)}>
            {String(p.name)}: {show(p.value)} {unitOf(String(p.dataKey))}
          </div>
        ))}
    </div>
  );
}

/** "Day 30 after the launch, 13 Jan 2024 (modelled)". */
export function dayHeading(start: Date | null) {
  return (day: number) =>
    `Day ${Math.round(day)} after the launch${start ? `, ${formatDay(start.getTime() + Math.round(day) * 86_400_000)}` : ''}`;
}
