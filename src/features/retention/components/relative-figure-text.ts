import type { ProportionComparison } from '../model/proportion-test';
import type { RelativeMeasure, RelativePoint } from '../model/relative-curves';
import type { Interval } from '../model/wilson';
import { points, pValue } from './churn-figure-cell';

/** 1.234 → "1.23×". */
const times = (r: number) => `${r.toFixed(2)}×`;

/** A figure against the baseline: "+2.3 pt" or "1.23×". */
export function formatRelative(value: number, measure: RelativeMeasure): string {
  return measure === 'difference' ? points(value) : times(value);
}

/** Its 95% interval: "+1.1 pt to +3.5 pt" or "1.05× to 1.40×". */
export function formatRelativeInterval(interval: Interval | null, measure: RelativeMeasure): string {
  if (!interval) return 'no interval';
  return `${formatRelative(interval.low, measure)} to ${formatRelative(interval.high, measure)}`;
}

/** What a relative figure is, in words: "difference from Bluesky in percentage points". */
export function relativeLabel(baseline: string, measure: RelativeMeasure): string {
  return measure === 'difference'
    ? `difference from ${baseline} in percentage points`
    : `ratio to ${baseline} (× its retention)`;
}

/** How the interval of a relative figure is formed, for the panel, the tooltip and the CSV. */
export function intervalMethod(measure: RelativeMeasure): string {
  return measure === 'difference'
    ? "Newcombe's score interval from the two Wilson intervals"
    : "Donner and Zou's MOVER-R from the two Wilson intervals";
}

/**
 * The day table's comparison with the baseline under a measure: the relative figure, its
 * interval and the two-proportion test's verdict. "+2.3 pt vs Bluesky (95% +1.1 pt to
 * +3.5 pt): beyond noise, p < 0.001" or "1.23× Bluesky (95% …): …".
 */
export function relativeComparisonText(
  relative: Pick<RelativePoint, 'value' | 'interval'> | null,
  comparison: ProportionComparison | null,
  baseline: string,
  measure: RelativeMeasure,
): string {
  if (!relative || !comparison) return `no comparison with ${baseline} on this day`;
  const verdict = comparison.withinNoise ? 'within noise' : 'beyond noise';
  const figure =
    measure === 'difference'
      ? `${formatRelative(relative.value, measure)} vs`
      : `${formatRelative(relative.value, measure)}`;
  return `${figure} ${baseline} (95% ${formatRelativeInterval(relative.interval, measure)}): ${verdict}, ${pValue(comparison.p)}`;
}
