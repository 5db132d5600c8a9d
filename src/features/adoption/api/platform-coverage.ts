import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import { placeholders } from '../../../lib/sql/params';
import { MEASURES, type Measure } from './measures';

/**
 * Which platform has figures of which measure in which region: the chart draws only one
 * region and measure at a time, so this says which platforms a view leaves out, and why.
 */
export interface PlatformCoverageRow {
  readonly platform: string;
  readonly region: string;
  readonly measure: Measure;
  readonly points: number;
}

/** The figures the chart can draw: one of its measures (bound as $1…$n) and a value above zero. */
export function buildPlatformCoverageSql(): string {
  return `-- adoption/platform-coverage
SELECT platform, region, measure, count(*) AS points
FROM signups WHERE measure IN (${placeholders(MEASURES.length)}) AND value > 0
GROUP BY platform, region, measure
ORDER BY platform, region, measure`;
}

/** Every platform, region and measure the chart could draw, with how many figures each has. */
export async function fetchPlatformCoverage(db: Db): Promise<PlatformCoverageRow[]> {
  return db.query<PlatformCoverageRow>(buildPlatformCoverageSql(), [...MEASURES]);
}

/** Keyed on `signups`, so an import or removal refreshes which platforms a view leaves out. */
export const platformCoverageQueryOptions = () =>
  sqlQueryOptions('signups', 'platform-coverage', {}, (db) => fetchPlatformCoverage(db));

/** The coverage of every platform, for the note on what a view leaves out. */
export const usePlatformCoverage = () => useQuery(platformCoverageQueryOptions());
