import { formatFull, formatPercent } from '../../../lib/format-number';
import type { CurveDayFigure } from '../model/curve-day-figures';

/** What Recharts hands a custom tooltip: whether it is shown and the day under the cursor. */
interface TooltipContentProps {
  readonly active?: boolean;
  readonly label?: number | string;
}

export interface RetentionCurvesTooltipProps extends TooltipContentProps {
  /** Each platform's figure on a day (the panel reads them off the query's rows). */
  readonly figuresOn: (day: number) => readonly CurveDayFigure[];
}

/**
 * The hovered (or keyboard-focused) day: each platform's retention with its 95% interval
 * and the cohort users behind it, and "Modelled" on modelled figures.
 */
export function RetentionCurvesTooltip({ active, label, figuresOn }: RetentionCurvesTooltipProps) {
  const day = Number(label);
  if (!active || label === undefined || !Number.isFinite(day)) return null;
  const figures = figuresOn(Math.round(day));
  if (figures.length === 0) return null;
  return (
    <div className="tooltip" role="status" aria-label="Retention on the day under the cursor">
      <p>
        <strong>Day {Math.round(day)}</strong> since signup
      </p>
      {figures.map((f) => (
        <p key={f.platform} data-platform={f.platform}>
          <strong>{f.platform}</strong> {f.fitted ? 'fitted ' : ''}
          {formatPercent(f.rate)}
          {f.interval ? ` (95%: ${formatPercent(f.interval.low)}–${formatPercent(f.interval.high)})` : ''}
          {f.users === null ? ' · extrapolated' : ` of ${formatFull(f.users)} cohort users`}
          {f.modelled ? ' · Modelled' : ''}
        </p>
      ))}
    </div>
  );
}
