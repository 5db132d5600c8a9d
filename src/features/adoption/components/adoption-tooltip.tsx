import { formatCompact, formatFull } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import { metricLabel } from '../../../lib/metric-labels';
import type { PlottedPoint } from '../model/series';

/** What Recharts hands a custom tooltip (only the fields used here). */
interface TooltipContentProps {
  readonly active?: boolean;
  readonly payload?: ReadonlyArray<{ readonly payload?: unknown }>;
}

/** The hovered figure: value, date, readable metric name, who produced it, coverage and source. */
export function AdoptionTooltip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as PlottedPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="tooltip">
      <p>
        <strong>{point.platform}</strong> · {formatCompact(point.value)} ({formatFull(point.value)})
      </p>
      <p>
        {formatDay(point.date)}
        {point.days_since_launch !== null
          ? ` · day ${point.days_since_launch} since ${point.anchor_label ?? 'launch'}`
          : ''}
      </p>
      <p>
        {metricLabel(point.metric)} ·{' '}
        {point.basis === 'company' ? 'company figure' : `third-party estimate, ${point.vendor}`} · {point.coverage}
      </p>
      {point.note ? <p>{point.note}</p> : null}
      <p className="source">Source: {point.source}</p>
    </div>
  );
}
