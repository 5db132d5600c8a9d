import { formatDay, parseDay } from '../../../lib/time/day';
import type { PanelState } from '../../../lib/ui/panel';
import type { AnalogueFit, FitShortfall, LaunchProjection } from '../model/launch-projection';

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Error };

/** What the launch projection panel's state depends on (a subset of the projection view). */
export interface LaunchProjectionStatus {
  readonly queryError: unknown;
  readonly pending: boolean;
  readonly platforms: readonly string[];
  readonly analogue: { readonly label: string } | undefined;
  readonly target: unknown;
  /** The backtest cutoff, `YYYY-MM-DD`, or null. */
  readonly cutoffDay: string | null;
  readonly shortfall: FitShortfall | null;
  readonly fit: Outcome<AnalogueFit> | null;
  readonly projection: Outcome<LaunchProjection> | null;
}

/** The panel's state, the error to show, and the message for a state with nothing to draw. */
export interface LaunchProjectionState {
  readonly state: PanelState;
  readonly error?: unknown;
  /** Set when there is nothing to draw for a reason the controls can change. */
  readonly message?: string;
}

/**
 * The launch projection panel's state. A backtest cutoff that leaves too few figures is
 * not an error: the panel says how many figures there are before it and how many a fit
 * needs, and keeps its controls, so the analyst moves the cutoff on from there.
 */
export function launchProjectionState(view: LaunchProjectionStatus): LaunchProjectionState {
  if (view.queryError) return { state: 'error', error: view.queryError };
  if (view.pending) return { state: 'loading' };
  if (view.platforms.length === 0 || !view.analogue || !view.target) return { state: 'empty' };
  if (view.shortfall) {
    const { count, needed } = view.shortfall;
    const when = view.cutoffDay ? `As of ${formatDay(parseDay(view.cutoffDay))}` : 'So far';
    return {
      state: 'empty',
      message: `${when}, ${view.analogue.label} has ${count} signup figure${count === 1 ? '' : 's'} dated before the backtest cutoff; a fit needs ${needed}. Move the cutoff later, or clear it.`,
    };
  }
  if (view.fit && !view.fit.ok)
    return { state: 'error', error: new Error(`Cannot fit the analogue launch: ${view.fit.error.message}`) };
  if (view.projection && !view.projection.ok) return { state: 'error', error: view.projection.error };
  if (!view.projection) return { state: 'loading' };
  return { state: 'ready' };
}
