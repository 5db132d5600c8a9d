import { useQuery } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { sqlQueryOptions } from '../../../lib/query/sql-query-options';

/**
 * A reported figure about users leaving, from `signups`: the `*_decline_vs_peak` and
 * `share_of_*_not_retained` fractions. They compare aggregate activity with its peak or
 * paraphrase a statement; they are not cohort churn, and the table says so.
 */
export interface ReportedChurnRow {
  readonly platform: string;
  readonly date: Date;
  readonly metric: string;
  readonly value: number;
  readonly coverage: string;
  readonly source: string;
  readonly note: string | null;
}

export function buildReportedChurnSql(): string {
  return `-- retention/reported-churn
SELECT platform, date, metric, value, coverage, source, note
FROM signups
WHERE metric LIKE '%\\_decline\\_vs\\_peak' ESCAPE '\\' OR metric LIKE 'share\\_of\\_%\\_not\\_retained' ESCAPE '\\'
ORDER BY platform, date, metric`;
}

export async function fetchReportedChurn(db: Db): Promise<ReportedChurnRow[]> {
  return db.query<ReportedChurnRow>(buildReportedChurnSql());
}

export const reportedChurnQueryOptions = () =>
  sqlQueryOptions('signups', 'reported-churn', {}, (db) => fetchReportedChurn(db));

export const useReportedChurn = () => useQuery(reportedChurnQueryOptions());

/** What a reported metric measures, in words, for the churn table. */
export function describeReportedMetric(metric: string): string {
  if (metric === 'DAU_decline_vs_peak')
    return 'fall in daily active users from the launch peak (aggregate DAU, not cohort churn)';
  if (metric === 'share_of_week1_signups_not_retained')
    return 'share of first-week signups no longer using the app, as stated (a lower bound)';
  if (metric.endsWith('_decline_vs_peak')) return `fall from the peak (${metric}; aggregate, not cohort churn)`;
  return metric.replaceAll('_', ' ');
}
