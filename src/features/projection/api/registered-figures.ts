import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';
import type { RegisteredFigure } from '../model/analogue-offers';

/** A registered-accounts figure of one platform. */
export interface RegisteredRow extends RegisteredFigure {
  readonly platform: string;
}

/**
 * Every cumulative signup / registered-accounts figure (measure `registered`), the series
 * an analogue launch is fitted to. MAU and DAU count people active in a period, not people
 * who ever adopted: they go down, and Bass describes adoption, so they are never mixed in.
 * An imported figure without a vendor is the company's own when it is a company figure,
 * else an unnamed third party's (as in the adoption series), so counters never merge.
 */
export function buildRegisteredFiguresSql(): string {
  return `-- projection/registered-figures
SELECT platform, date, value, region,
       coalesce(vendor, CASE WHEN basis = 'company' THEN platform ELSE 'unnamed third party' END) AS vendor,
       source
FROM signups
WHERE measure = 'registered' AND value > 0
ORDER BY platform, date, value`;
}

export async function fetchRegisteredFigures(db: Db): Promise<RegisteredRow[]> {
  return db.query<RegisteredRow>(buildRegisteredFiguresSql());
}

export const registeredFiguresQueryOptions = () =>
  sqlQueryOptions('signups', 'projection-registered-figures', {}, (db) => fetchRegisteredFigures(db));

/** Every platform's registered-accounts figures, for the analogue offers and fits. */
export const useRegisteredFigures = () => useQuery(registeredFiguresQueryOptions());
