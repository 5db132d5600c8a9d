import { useState } from 'react';
import type { PanelState } from '../../../lib/ui/panel';
import { useLoggedPlatforms } from '../api/logged-platforms';
import { useRetentionCurves, type RetentionCurvesParams } from '../api/retention-curves';

/** Whether the panels over activity logs may run their queries (and so the one-time preparation). */
export interface ActivityLogGate {
  /** Mount them: a platform in view has a log, and the curves have been drawn. */
  readonly open: boolean;
  /** What to show in their place meanwhile: waiting, or nothing to show. */
  readonly state: Exclude<PanelState, 'ready'>;
  /** The platforms in view without a log, to name. */
  readonly missing: readonly string[];
}

/**
 * The gate, from the platforms in view, those with a log (undefined while unknown) and
 * whether the curves have been drawn. The activity panels open only when one of the
 * platforms in view has a log, and only after the curves: their preparation takes seconds
 * and the database runs one query at a time, so started earlier it would hold the first
 * charts back.
 */
export function activityLogGate(
  platforms: readonly string[],
  logged: readonly string[] | undefined,
  curvesDrawn: boolean,
  failed = false,
): ActivityLogGate {
  if (failed) return { open: false, state: 'error', missing: [] };
  if (!logged) return { open: false, state: 'loading', missing: [] };
  // No platform in view at all (nothing loaded): the panels say so themselves.
  if (platforms.length === 0) return { open: curvesDrawn, state: 'loading', missing: [] };
  const missing = platforms.filter((p) => !logged.includes(p));
  if (missing.length === platforms.length) return { open: false, state: 'empty', missing };
  return { open: curvesDrawn, state: 'loading', missing };
}

/**
 * The gate for the view in the section: the platforms with a log (a cheap query over the
 * log, not the preparation) and the curves' query for the same view (shared with the
 * curves panel, so it runs once). Once the curves are drawn the gate stays open for them:
 * a later control change must not unmount the panels while the curves redraw.
 */
export function useActivityLogGate(platforms: readonly string[], curves: RetentionCurvesParams) {
  const logged = useLoggedPlatforms();
  const query = useRetentionCurves(curves);
  const [drawn, setDrawn] = useState(false);
  if (!drawn && !query.isPending) setDrawn(true);
  const gate = activityLogGate(
    platforms,
    logged.data?.map((r) => r.platform),
    drawn,
    logged.isError,
  );
  return { ...gate, error: logged.error };
}
