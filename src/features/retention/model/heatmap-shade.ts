import { mixColors, readableText } from '../../../lib/ui/color';

/** A heatmap cell period with its share (null when not yet observable). */
export interface ShadedCell {
  readonly period: number;
  readonly rate: number | null;
}

/**
 * The share the darkest shade stands for: the highest after period 0. Period 0 is 100% by
 * definition, and scaled against it every later share (mostly 5–30%) would look the same.
 */
export function heatmapScaleMax(cells: readonly ShadedCell[]): number {
  return Math.max(0.01, ...cells.filter((c) => c.period > 0 && c.rate !== null).map((c) => c.rate ?? 0));
}

/** A share's fill: the platform's colour mixed into the background, the square root spreading the low shares apart. */
export function heatmapShade(color: string, background: string, rate: number, scaleMax: number): string {
  const weight = Math.sqrt(Math.min(1, Math.max(0, rate) / scaleMax)) * 0.85;
  return mixColors(color, background, Math.round(weight * 100) / 100);
}

/** Black or white: on any fill one of the two reaches 4.5:1 (the page's softer #1f2328 does not on mid tones). */
export function heatmapText(fill: string): string {
  return readableText(fill, ['#000000', '#ffffff']);
}
