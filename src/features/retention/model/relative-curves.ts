import type { RetentionCurveRow } from '../api/retention-curves';
import { differenceInterval, ratioInterval } from './relative-interval';
import type { Interval } from './wilson';

/** How a curve is drawn against the baseline: a − b in percentage points, or a ÷ b. */
export const RELATIVE_MEASURES = ['difference', 'ratio'] as const;
export type RelativeMeasure = (typeof RELATIVE_MEASURES)[number];

/** The value the baseline itself has under a measure: the line the others are read against. */
export const BASELINE_VALUE: Readonly<Record<RelativeMeasure, number>> = { difference: 0, ratio: 1 };

/** Active users out of cohort users on one day. */
interface Share {
  readonly active: number;
  readonly users: number;
}

/** One day of a platform against the baseline. */
export interface RelativePoint {
  readonly day: number;
  /** a − b (a share, so 0.02 is 2 points) or a ÷ b. */
  readonly value: number;
  /** Its 95% interval from the two Wilson intervals; null where it cannot be formed (a ratio to 0). */
  readonly interval: Interval | null;
  /** The platform's own retention that day, and the baseline's. */
  readonly rate: number;
  readonly baseRate: number;
}

/** A platform's curve against the baseline. */
export interface RelativeSeries {
  readonly platform: string;
  readonly points: readonly RelativePoint[];
  readonly modelled: boolean;
}

/**
 * One platform's share against the baseline's under a measure, with the interval of
 * relative-interval.ts. Null when either side has no users, or for a ratio to a baseline at 0.
 */
export function relativeFigure(
  a: Share,
  b: Share,
  measure: RelativeMeasure,
): Pick<RelativePoint, 'value' | 'interval'> | null {
  if (!(a.users > 0) || !(b.users > 0)) return null;
  const pa = a.active / a.users;
  const pb = b.active / b.users;
  if (measure === 'difference')
    return { value: pa - pb, interval: differenceInterval(a.active, a.users, b.active, b.users) };
  if (!(pb > 0)) return null;
  return { value: pa / pb, interval: ratioInterval(a.active, a.users, b.active, b.users) };
}

/**
 * Every platform but the baseline, drawn against it on each day from 1 that both have
 * observed (day 0 is 100% for everyone). The platforms keep the order they are given in;
 * empty without a baseline among the rows.
 */
export function relativeCurves(
  rows: readonly RetentionCurveRow[],
  platforms: readonly string[],
  baseline: string,
  measure: RelativeMeasure,
): RelativeSeries[] {
  const shares = new Map<string, Map<number, Share>>();
  for (const r of rows) {
    if (r.active === null || r.day_offset < 1) continue;
    const byDay = shares.get(r.platform) ?? new Map<number, Share>();
    byDay.set(r.day_offset, { active: r.active, users: r.cohort_users });
    shares.set(r.platform, byDay);
  }
  const base = shares.get(baseline);
  if (!base) return [];
  return platforms
    .filter((p) => p !== baseline)
    .map((platform) => {
      const own = shares.get(platform) ?? new Map<number, Share>();
      const points = [...own]
        .sort(([x], [y]) => x - y)
        .flatMap(([day, a]): RelativePoint[] => {
          const b = base.get(day);
          const figure = b ? relativeFigure(a, b, measure) : null;
          if (!b || !figure) return [];
          return [{ day, ...figure, rate: a.active / a.users, baseRate: b.active / b.users }];
        });
      return { platform, points, modelled: rows.some((r) => r.platform === platform && r.modelled) };
    });
}
