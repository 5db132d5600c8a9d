import { ident } from '../../../lib/sql/ident';
import type { ParamList, SqlValue } from '../../../lib/sql/params';

/** Where cohort counts come from: the aggregate `retention` table or the raw `events` log. */
export const RETENTION_SOURCES = ['aggregate', 'events'] as const;
export type RetentionSource = (typeof RETENTION_SOURCES)[number];

/** "Active on day N" (N-day) or "active on day N or any later day" (unbounded). */
export const RETENTION_MODES = ['nday', 'unbounded'] as const;
export type RetentionMode = (typeof RETENTION_MODES)[number];

/** Cohort rows of the heatmap: calendar weeks (Monday) or months of the signup day. */
export const COHORT_GRAINS = ['week', 'month'] as const;
export type CohortGrain = (typeof COHORT_GRAINS)[number];

/** The value of the region control that means "every region". */
export const ALL_REGIONS = 'all';

/** The selection every retention query shares. */
export interface RetentionFilter {
  readonly source: RetentionSource;
  /** Platforms to include; empty means every platform in the data. */
  readonly platforms: readonly string[];
  /** A region, or `all`. */
  readonly region: string;
}

/** A SQL string with its bound parameters. */
export interface BuiltQuery {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/** `AND`-able condition for the platform and region filters on a table alias. */
export function filterCondition(
  filter: Pick<RetentionFilter, 'platforms' | 'region'>,
  params: ParamList,
  alias?: string,
): string {
  const col = (name: string) => (alias ? `${ident(alias)}.${ident(name)}` : ident(name));
  const parts: string[] = [];
  if (filter.platforms.length > 0) parts.push(`${col('platform')} IN (${params.list(filter.platforms)})`);
  if (filter.region !== ALL_REGIONS) parts.push(`${col('region')} = ${params.add(filter.region)}`);
  return parts.length > 0 ? parts.join(' AND ') : 'TRUE';
}

/** The table a query reads, for its react-query key (an import invalidates by table). */
export function sourceTable(source: RetentionSource): string {
  return source === 'events' ? 'events' : 'retention';
}

/** Days in one heatmap period: the cell of period k is retention on day k × this. */
export const PERIOD_DAYS: Readonly<Record<CohortGrain, number>> = { week: 7, month: 30 };

/** Heatmap columns: weeks 0–52 or months 0–12, all within a year of signup. */
export const PERIOD_COUNT: Readonly<Record<CohortGrain, number>> = { week: 52, month: 12 };
