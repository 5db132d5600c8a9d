import { formatPercent } from '../../../lib/format-number';
import type { RelativeMeasure } from '../model/relative-curves';
import { formatRelative, formatRelativeInterval, relativeLabel } from './relative-figure-text';

/** One platform's figure against the baseline on the hovered day. */
export interface RelativeDayFigure {
  readonly platform: string;
  readonly value: number;
  readonly interval: { readonly low: number; readonly high: number } | null;
  readonly rate: number;
  readonly baseRate: number;
  readonly modelled: boolean;
}

export interface RetentionCurvesRelativeTooltipProps {
  readonly active?: boolean;
  readonly label?: number | string;
  readonly baseline: string;
  readonly measure: RelativeMeasure;
  /** Each platform's figure on a day against the baseline. */
  readonly figuresOn: (day: number) => readonly RelativeDayFigure[];
}

/**
 * The hovered (or keyboard-focused) day of the relative curves: what they are relative to and
 * the baseline's own retention, then each platform's figure, its 95% interval and its own
 * retention, "Modelled" on modelled figures.
 */
export function RetentionCurvesRelativeTooltip(props: RetentionCurvesRelativeTooltipProps) {
  const { active, label, baseline, measure, figuresOn } = props;
  const day = Number(label);
  if (!active || label === undefined || !Number.isFinite(day)) return null;
  const figures = figuresOn(Math.round(day));
  const first = figures[0];
  if (!first) return null;
  return (
    <div className="tooltip" role="status" aria-label="Retention against the baseline on the day under the cursor">
      <p>
        <strong>Day {Math.round(day)}</strong> since signup: {relativeLabel(baseline, measure)}
      </p>
      <p data-platform={baseline}>
        <strong>{baseline}</strong> (baseline) {formatPercent(first.baseRate)}
      </p>
      {figures.map((f) => (
        <p key={f.platform} data-platform={f.platform}>
          <strong>{f.platform}</strong> {formatRelative(f.value, measure)} (95%:{' '}
          {formatRelativeInterval(f.interval, measure)}) · retains {formatPercent(f.rate)}
          {f.modelled ? ' · Modelled' : ''}
        </p>
      ))}
    </div>
  );
}
