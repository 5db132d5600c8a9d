import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { buildChurnDefinitionsSql, type ChurnDefinitionsParams } from './churn-definitions-sql';
import { withPreparedEvents } from './prepare-events';
import { sourceTable } from './retention-filters';

/**
 * One platform's month-one churn under each definition. Counts are users of the launch
 * cohorts (the first 7 signup days); every figure is null until the data covers it.
 */
export interface ChurnDefinitionsRow {
  readonly platform: string;
  readonly launch_start: Date;
  readonly launch_end: Date;
  /** The last day the platform's data covers. */
  readonly as_of: Date;
  /** Users of the launch cohorts. */
  readonly cohort_users: number;
  /** Active on their own day 30. */
  readonly nday_active: number | null;
  /** Active on their day 30 or any later day. */
  readonly unbounded_active: number | null;
  /** Active on some day 28–35: exact from raw events; bounds from a cohort table. */
  readonly bracket_low_active: number | null;
  readonly bracket_high_active: number | null;
  /** Active on the launch's day 30, one calendar date. */
  readonly share_active: number | null;
  /** The platform's highest 7-day-average daily actives in its first 30 days, and on day 30. */
  readonly dau_peak: number | null;
  readonly dau_at_day: number | null;
  readonly nday_churn: number | null;
  readonly unbounded_churn: number | null;
  readonly bracket_churn_low: number | null;
  readonly bracket_churn_high: number | null;
  readonly dau_decline: number | null;
  readonly share_not_active: number | null;
  /** Some of the platform's rows in view are modelled, not reported (from `kind`). */
  readonly modelled: boolean;
}

/** Run the definitions query as is (raw path: the prepared tables must exist). */
export async function queryChurnDefinitions(db: Db, params: ChurnDefinitionsParams): Promise<ChurnDefinitionsRow[]> {
  const { sql, params: values } = buildChurnDefinitionsSql(params);
  return db.query<ChurnDefinitionsRow>(sql, values);
}

/** Month-one churn by definition per platform, preparing the raw events first when needed. */
export const fetchChurnDefinitions = withPreparedEvents(queryChurnDefinitions);

export const churnDefinitionsQueryOptions = (params: ChurnDefinitionsParams) =>
  sqlQueryOptions(sourceTable(params.source), 'churn-definitions', params, fetchChurnDefinitions);

export const useChurnDefinitions = (params: ChurnDefinitionsParams) => useQuery(churnDefinitionsQueryOptions(params));
