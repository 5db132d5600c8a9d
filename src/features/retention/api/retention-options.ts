import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { withPreparedEvents } from './prepare-events';
import { sourceTable, type RetentionSource } from './retention-filters';

/** A platform and region present in a source, with its users, for the selectors. */
export interface RetentionOption {
  readonly platform: string;
  readonly region: string;
  readonly users: number;
}

export function buildRetentionOptionsSql(source: RetentionSource): string {
  return source === 'events'
    ? `-- retention/options (events)
SELECT platform, region, sum(cohort_size) AS users FROM retention_ev_cohorts GROUP BY platform, region ORDER BY platform, region`
    : `-- retention/options (aggregate)
SELECT platform, region, sum(cohort_size) AS users FROM retention WHERE day_offset = 0 GROUP BY platform, region ORDER BY platform, region`;
}

async function queryRetentionOptions(db: Db, params: { source: RetentionSource }): Promise<RetentionOption[]> {
  return db.query<RetentionOption>(buildRetentionOptionsSql(params.source));
}

/** Platforms and regions of a source, preparing the raw events first when needed. */
export const fetchRetentionOptions = withPreparedEvents(queryRetentionOptions);

export const retentionOptionsQueryOptions = (params: { source: RetentionSource }) =>
  sqlQueryOptions(sourceTable(params.source), 'retention-options', params, fetchRetentionOptions);

export const useRetentionOptions = (params: { source: RetentionSource }) =>
  useQuery(retentionOptionsQueryOptions(params));
