import type { RetentionCurveRow } from '../api/retention-curves';
import { compareProportions, type ProportionComparison } from './proportion-test';
import { relativeFigure, type RelativeMeasure, type RelativePoint } from './relative-curves';
import { wilson, type Interval } from './wilson';

/** The days the curves' table reads, as the suites' summary tables do. */
export const COMPARED_DAYS = [1, 7, 30, 90] as const;

/** A platform's pooled retention on one day, its interval, and its test against the baseline. */
export interface DayFigure {
  readonly day: number;
  readonly rate: number;
  readonly active: number;
  readonly users: number;
  readonly interval: Interval | null;
  /** Null without a baseline, for the baseline itself, or when either side lacks the day. */
  readonly comparison: ProportionComparison | null;
  /** The figure against the baseline under the chosen measure, as the curves draw it; null where `comparison` is. */
  readonly relative: Pick<RelativePoint, 'value' | 'interval'> | null;
}

/**
 * Per platform, the pooled share active on each compared day up to `maxDay`, with its
 * Wilson interval and, given a baseline, the two-proportion z-test against it and the
 * figure relative to it (a difference in points, or a ratio).
 */
export function dayFigures(
  rows: readonly RetentionCurveRow[],
  maxDay: number,
  baseline: string,
  measure: RelativeMeasure = 'difference',
): Map<string, DayFigure[]> {
  const at = (platform: string, day: number) =>
    rows.find((r) => r.platform === platform && r.day_offset === day && r.active !== null);
  const platforms = [...new Set(rows.map((r) => r.platform))];
  return new Map(
    platforms.map((platform) => [
      platform,
      COMPARED_DAYS.filter((d) => d <= maxDay).flatMap((day) => {
        const row = at(platform, day);
        if (!row || row.active === null) return [];
        const base = platform === baseline ? undefined : at(baseline, day);
        const comparison =
          base && base.active !== null
            ? compareProportions(row.active, row.cohort_users, base.active, base.cohort_users)
            : null;
        const relative =
          comparison && base && base.active !== null
            ? relativeFigure(
                { active: row.active, users: row.cohort_users },
                { active: base.active, users: base.cohort_users },
                measure,
              )
            : null;
        return [
          {
            day,
            rate: row.active / row.cohort_users,
            active: row.active,
            users: row.cohort_users,
            interval: wilson(row.active, row.cohort_users),
            comparison,
            relative,
          },
        ];
      }),
    ]),
  );
}
