import type { ProjectionRow } from './project';

/** The smallest of 1, 2, 2.5 and 5 × 10^k at or above `value` (> 0): a round top for an axis. */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}

/**
 * The top of the projection chart's y-axis: the target's bands, the analogue's reported
 * figures and the published expectations, with 5% headroom, rounded up. The analogue's
 * fitted curve is left out on purpose: a model that fits a launch week's signups with a
 * straight line reaches billions within a year, and an axis scaled to it flattens the
 * projection the chart is for. Where that curve runs above the top, `clippedFrom` gives
 * the first day it does (the chart says so), else null.
 */
export function projectionScale(
  rows: readonly ProjectionRow[],
  analogueCurve: readonly number[],
  reported: readonly number[],
  expectations: readonly number[],
): { readonly yMax: number; readonly clippedFrom: number | null } {
  let top = 0;
  for (const r of rows) top = Math.max(top, r.signupsHigh, r.activesHigh, r.signups, r.actives);
  for (const v of [...reported, ...expectations]) if (Number.isFinite(v)) top = Math.max(top, v);
  const yMax = niceCeil(top * 1.05);
  const index = analogueCurve.findIndex((v) => v > yMax);
  return { yMax, clippedFrom: index < 0 ? null : (rows[index]?.day ?? index) };
}

/**
 * The top of the backtest chart's y-axis: the modelled lines and reported figures with 5%
 * headroom, rounded up, except that lines running more than 3× past the largest reported
 * figure are clipped there, so the figures being checked stay readable however far a model
 * overshoots. `clippedFrom` is the index of the first line point above the top (null when
 * none is). With nothing reported, the lines' own top.
 */
export function backtestScale(
  reported: readonly number[],
  lines: readonly { readonly signups: number; readonly actives: number }[],
): { readonly yMax: number; readonly clippedFrom: number | null } {
  const top = Math.max(0, ...reported.filter(Number.isFinite));
  const highest = (l: { signups: number; actives: number }) => Math.max(l.signups, l.actives);
  const linesTop = Math.max(0, ...lines.map(highest));
  const yMax = niceCeil(Math.max(top, top > 0 ? Math.min(linesTop, 3 * top) : linesTop) * 1.05);
  const index = lines.findIndex((l) => highest(l) > yMax);
  return { yMax, clippedFrom: index < 0 ? null : index };
}
