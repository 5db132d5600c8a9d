import { skipToken, useQuery, type SkipToken } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

export interface ExpectationParams {
  readonly platform: string;
  readonly region: string;
  /** Launch day, `YYYY-MM-DD`. */
  readonly launchDate: string;
}

/** A published expectation for the launch, drawn as a reference line. */
export interface Expectation {
  readonly expected_users: number;
  readonly horizon: string;
  readonly expected_by: string;
  readonly source: string;
  readonly note: string | null;
}

/** Parameters: $1 platform, $2 region, $3 launch day. Largest first. */
export function buildExpectationsSql(): string {
  return `-- projection/expectations
SELECT expected_users, horizon, expected_by, source, note
FROM expectations
WHERE platform = $1 AND region = $2 AND launch_date = CAST($3 AS DATE)
ORDER BY expected_users DESC, expected_by`;
}

export async function fetchExpectations(db: Db, params: ExpectationParams): Promise<Expectation[]> {
  return db.query<Expectation>(buildExpectationsSql(), [params.platform, params.region, params.launchDate]);
}

export const expectationsQueryOptions = (params: ExpectationParams | SkipToken) =>
  sqlQueryOptions('expectations', 'projection-expectations', params, fetchExpectations);

/** Published expectations for the target launch; waits (skipToken) while `params` is null. */
export const useExpectations = (params: ExpectationParams | null) =>
  useQuery(expectationsQueryOptions(params ?? skipToken));
