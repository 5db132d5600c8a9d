import type { RelativeMeasure } from '../model/relative-curves';
import { intervalMethod } from './relative-figure-text';

/** What the curves show against a baseline, and how their intervals are formed; nothing without one. */
export function CompareNote({ baseline, measure }: { baseline: string; measure: RelativeMeasure }) {
  if (!baseline) return null;
  const drawn =
    measure === 'difference'
      ? `its retention minus ${baseline}'s, in percentage points, so ${baseline} is the 0 pt line`
      : `its retention divided by ${baseline}'s, so ${baseline} is the 1× line and 1.5× means half as many again`;
  return (
    <p className="retention-compare-note" role="note">
      <strong>Compared to {baseline}</strong>: each other platform is drawn as {drawn}. The band around each line is its
      95% interval, by {intervalMethod(measure)} on the users pooled across cohorts: sampling of users, not the
      cohort-to-cohort variation of the plain curves. Observed days only: the fitted extrapolation is not compared, as a
      difference of two fits would look surer than either. The same baseline tests the month-one churn table.
    </p>
  );
}
