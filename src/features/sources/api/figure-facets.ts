import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

/** How many reported figures one platform has for one metric: the filters' choices and the total. */
export interface FigureFacetRow {
  readonly platform: string;
  readonly metric: string;
  readonly figures: number;
}

/** Every (platform, metric) pair among the reported figures, with its count. */
export const FIGURE_FACETS_SQL = `-- sources/figure-facets
SELECT platform, metric, count(*) AS figures
FROM signups WHERE kind = 'reported'
GROUP BY platform, metric ORDER BY platform, metric`;

/** The (platform, metric) pairs of the reported figures. */
export async function fetchFigureFacets(db: Db): Promise<FigureFacetRow[]> {
  return db.query<FigureFacetRow>(FIGURE_FACETS_SQL);
}

export const figureFacetsQueryOptions = () => sqlQueryOptions('signups', 'figure-facets', {}, fetchFigureFacets);

/** The filters' choices and the count of every reported figure. */
export const useFigureFacets = () => useQuery(figureFacetsQueryOptions());
