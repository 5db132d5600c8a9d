import { useMemo } from 'react';
import { daysBetween } from '../../../lib/time/day';
import type { ReportedAfterRow } from '../api/reported-after';
import { backtest, type BacktestResult, type ReportedFigure } from '../model/backtest';
import type { FiguresProjection } from '../model/carried-projection';

/** What the backtest reads of the projection view. */
export interface BacktestSource {
  readonly analogue: { readonly event_date: Date } | undefined;
  readonly target: { readonly event_date: Date; readonly region: string } | undefined;
  /** The analogue's series: its baseline is counted in platform signups. */
  readonly series: { readonly baseline: number } | null;
  /** Figures reported from the cutoff on (every figure since the analogue launch without one). */
  readonly reported: readonly ReportedAfterRow[];
}

/** The backtest of the projection shown, and which model made it; an Error when it cannot be computed. */
export type BacktestOutcome =
  | { readonly ok: true; readonly value: BacktestResult; readonly model: FiguresProjection }
  | { readonly ok: false; readonly error: Error; readonly model: FiguresProjection };

/**
 * The shown projection (the chosen model's, or Bass where it falls back) checked against
 * what was reported after the cutoff: the model's analogue and target curves, the
 * retention curve the projection applied, and each reported figure by days since the
 * analogue launch (region-only figures against the target alone). Null until both exist.
 */
export function useBacktest(
  source: BacktestSource,
  figures: FiguresProjection | null,
  retention: ArrayLike<number> | null,
): BacktestOutcome | null {
  const { analogue, target, series, reported } = source;
  return useMemo((): BacktestOutcome | null => {
    if (!figures || !retention || !analogue || !target) return null;
    const points: ReportedFigure[] = reported.map((r) => ({
      day: daysBetween(analogue.event_date, r.date),
      value: r.value,
      measure: r.measure,
      scope: r.region === target.region ? 'target' : 'platform',
    }));
    try {
      const value = backtest({
        analogue: figures.analogue,
        baseline: series?.baseline ?? 0,
        target: figures.target,
        targetOffset: daysBetween(analogue.event_date, target.event_date),
        retention,
        reported: points,
      });
      return { ok: true, value, model: figures };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error : new Error(String(error)), model: figures };
    }
  }, [figures, retention, analogue, target, series, reported]);
}
