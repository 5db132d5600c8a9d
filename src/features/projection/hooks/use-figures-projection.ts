import { useMemo } from 'react';
import { figuresProjection, type FiguresProjection } from '../model/carried-projection';
import type { Forecaster } from '../model/forecast';
import { HORIZON_DAYS, type AnalogueFit, type LaunchProjection } from '../model/launch-projection';

/**
 * The launch projection under the model chosen in the model comparison, for the chart, its
 * CSV, the 30/90/365-day table and the backtest: the Bass projection itself when Bass is
 * chosen, else the chosen model fitted to the same launch figures and carried to the
 * target's market (see `figuresProjection`). Null until the launch projection exists.
 * `handSet` says p or q was set by hand or by a preset.
 */
export function useFiguresProjection(
  chosen: Forecaster | null,
  fit: AnalogueFit | null,
  projection: LaunchProjection | null,
  handSet: boolean,
): FiguresProjection | null {
  return useMemo(() => {
    if (!projection || !fit) return null;
    return figuresProjection(
      chosen,
      { rows: projection.rows, analogue: fit.fit.params, target: projection.target },
      {
        points: fit.fit.points,
        market: projection.target.m,
        retention: projection.retention.curve,
        horizonDays: Math.min(HORIZON_DAYS, projection.rows.length - 1),
      },
      handSet,
    );
  }, [chosen, fit, projection, handSet]);
}
