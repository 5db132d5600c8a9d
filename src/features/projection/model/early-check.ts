import { GROWTH_MODELS } from './growth-models';
import { growthForecaster } from './fit-growth';
import type { FitPoint } from './fit-points';
import type { Forecaster } from './forecast';

/** One model's early curve in the target region: projected signups at the end of each day checked. */
export interface EarlyCurve {
  readonly id: string;
  readonly label: string;
  /** Projected cumulative signups by the end of each checked day (same order as the days); null when the model cannot be fitted. */
  readonly values: readonly (number | null)[];
  readonly error: string | null;
}

/** The day whose value sets a transferred curve's size: a year after the launch. */
export const SIZE_DAY = 365;

/**
 * Each model's shape, fitted to the analogue's cumulative signups, carried to the target
 * at the target's size: f_target(t) = market · f(t) / f(365). Bass does the same with
 * its own p and q and m = market, since F(365) ≈ m once a launch has saturated. `days`
 * are whole days since the target launch (0 = launch day); a figure dated day d was
 * reached by the end of it, t = d + 1.
 */
export function earlyCurves(
  analoguePoints: readonly FitPoint[],
  market: number,
  days: readonly number[],
  forecasters?: readonly Forecaster[],
): EarlyCurve[] {
  const list = forecasters ?? GROWTH_MODELS.filter((m) => m.measures.includes('registered')).map(growthForecaster);
  return list.map((f) => {
    try {
      const fit = f.fit(analoguePoints);
      const size = fit.predict(SIZE_DAY);
      if (!(size > 0)) throw new Error(`the fitted curve is not positive on day ${SIZE_DAY}`);
      return { id: f.id, label: f.label, values: days.map((d) => (market * fit.predict(d + 1)) / size), error: null };
    } catch (error) {
      return {
        id: f.id,
        label: f.label,
        values: days.map(() => null),
        error: error instanceof Error ? error.message : String(error),
      };
    }
  });
}
