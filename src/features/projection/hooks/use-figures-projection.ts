import { useMemo } from 'react';
import { figuresProjection, type FiguresProjection } from '../model/carried-projection';
import type { FitPoint } from '../model/fit-points';
import type { Forecaster } from '../model/forecast';
import { HORIZON_DAYS, type LaunchProjection } from '../model/launch-projection';

/**
 * The 30/90/365-day figures under the model chosen in the model comparison: the Bass
 * projection itself when Bass is chosen, else the chosen model fitted to the same launch
 * figures and carried to the target's market (see `figuresProjection`). Null until the
 * launch projection exists. `handSet` says p or q was set by hand or by a preset.
 */
export function useFiguresProjection(
  chosen: Forecaster | null,
  points: readonly FitPoint[] | null,
  projection: LaunchProjection | null,
  handSet: boolean,
): FiguresProjection | null {
  return useMemo(() => {
    if (!projection || !points) return null;
    return figuresProjection(
      chosen,
      projection.rows,
      {
        points,
        market: projection.target.m,
        retention: projection.retention.curve,
        horizonDays: Math.min(HORIZON_DAYS, projection.rows.length - 1),
      },
      handSet,
    );
  }, [chosen, points, projection, handSet]);
}
