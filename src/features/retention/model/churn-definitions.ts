import type { ChurnDefinitionsRow } from '../api/churn-definitions';
import { MONTH_ONE } from '../api/churn-definitions-sql';
import type { ReportedChurnRow } from '../api/reported-churn';
import { compareProportions, type ProportionComparison } from './proportion-test';
import { wilson, type Interval } from './wilson';

/** The definitions, in the table's order. */
export const CHURN_DEFINITIONS = ['nday', 'unbounded', 'bracket', 'dau-decline', 'first-week-share'] as const;
export type ChurnDefinitionId = (typeof CHURN_DEFINITIONS)[number];

const { day, bracket, averageDays, launchDays } = MONTH_ONE;

/** Each definition's name and what it counts, in words for the table. */
export const DEFINITION_TEXT: Readonly<Record<ChurnDefinitionId, { readonly name: string; readonly counts: string }>> =
  {
    nday: {
      name: `N-day: not active on day ${day}`,
      counts: `First-cohort users not active on their own day ${day} after signing up.`,
    },
    unbounded: {
      name: `Unbounded: not active on day ${day} or later`,
      counts: `First-cohort users never active again from their day ${day} on.`,
    },
    bracket: {
      name: `Bracket: not active in days ${bracket.from}–${bracket.to}`,
      counts: `First-cohort users active on none of days ${bracket.from}–${bracket.to} (Amplitude's custom brackets).`,
    },
    'dau-decline': {
      name: `DAU decline from the first-month peak`,
      counts: `The platform's ${averageDays}-day-average daily active users on day ${day} of its data against their highest ${averageDays}-day average since the data starts (Similarweb's and Sensor Tower's method, which counts from a launch: the same days only for Threads).`,
    },
    'first-week-share': {
      name: `First-week signups not active on day ${day}`,
      counts: `Users who signed up in the first ${launchDays} days of the data and were not active on its day ${day}, one calendar date (the wording of Zuckerberg's "more than half").`,
    },
  };

/**
 * One figure: a share of users with its Wilson interval, bounds that a cohort table
 * allows (a bracket), or a ratio of two averages (no sampling interval: it is every
 * user in the data, not a sample of them).
 */
export type ChurnFigure =
  | {
      readonly kind: 'share';
      readonly value: number;
      readonly interval: Interval | null;
      readonly churned: number;
      readonly users: number;
    }
  | { readonly kind: 'bounds'; readonly low: number; readonly high: number }
  | { readonly kind: 'ratio'; readonly value: number; readonly peak: number; readonly atDay: number }
  | { readonly kind: 'unobservable' };

function share(active: number | null, users: number): ChurnFigure {
  if (active === null || !(users > 0)) return { kind: 'unobservable' };
  const churned = users - active;
  return { kind: 'share', value: churned / users, interval: wilson(churned, users), churned, users };
}

/** A platform's figure under one definition. */
export function churnFigure(row: ChurnDefinitionsRow, id: ChurnDefinitionId): ChurnFigure {
  switch (id) {
    case 'nday':
      return share(row.nday_active, row.cohort_users);
    case 'unbounded':
      return share(row.unbounded_active, row.cohort_users);
    case 'first-week-share':
      return share(row.share_active, row.cohort_users);
    case 'bracket': {
      const { bracket_low_active: lo, bracket_high_active: hi } = row;
      if (lo === null) return { kind: 'unobservable' };
      if (hi === lo) return share(lo, row.cohort_users);
      // Without an upper count the churn can reach down to 0.
      return { kind: 'bounds', low: hi === null ? 0 : 1 - hi / row.cohort_users, high: 1 - lo / row.cohort_users };
    }
    case 'dau-decline':
      return row.dau_decline === null || row.dau_peak === null || row.dau_at_day === null
        ? { kind: 'unobservable' }
        : { kind: 'ratio', value: row.dau_decline, peak: row.dau_peak, atDay: row.dau_at_day };
  }
}

/**
 * A figure against the baseline platform's, when both are shares of users: the
 * two-proportion z-test. Bounds and ratios are not a count of users out of users, so
 * they get no test (null).
 */
export function compareFigures(figure: ChurnFigure, baseline: ChurnFigure): ProportionComparison | null {
  if (figure.kind !== 'share' || baseline.kind !== 'share') return null;
  return compareProportions(figure.churned, figure.users, baseline.churned, baseline.users);
}

/** The definition a published figure used, by its metric in `signups.csv`; null when none fits. */
export function definitionOfClaim(metric: string): ChurnDefinitionId | null {
  if (metric.endsWith('_decline_vs_peak')) return 'dau-decline';
  if (/^share_of_week1_signups_not_/.test(metric)) return 'first-week-share';
  return null;
}

/** The published figures that used a definition, in date order. */
export function claimsOf(id: ChurnDefinitionId, reported: readonly ReportedChurnRow[]): ReportedChurnRow[] {
  return reported.filter((f) => definitionOfClaim(f.metric) === id).sort((a, b) => a.date.getTime() - b.date.getTime());
}
