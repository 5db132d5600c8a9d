import { formatFull, formatPercent } from '../../../lib/format-number';
import { platformColor, sortPlatforms } from '../../../lib/platforms';
import { formatDay } from '../../../lib/time/day';
import type { MonthOneChurnRow } from '../api/month-one-churn';
import { describeReportedMetric, type ReportedChurnRow } from '../api/reported-churn';

export interface MonthOneChurnTableProps {
  readonly rows: readonly MonthOneChurnRow[];
  /** Reported figures to show beside the modelled ones; empty when they do not apply. */
  readonly reported: readonly ReportedChurnRow[];
  /** Whether the churn comes from modelled aggregates or a raw log. */
  readonly sourceLabel: string;
}

const pct = (v: number | null) => (v === null ? 'not yet observable' : formatPercent(v));
const firstSource = (source: string) => source.split(';')[0]?.trim() ?? source;

/** One row per platform: month-one churn of its launch cohorts, with reported figures beside it. */
export function MonthOneChurnTable({ rows, reported, sourceLabel }: MonthOneChurnTableProps) {
  return (
    <table className="data-table" aria-label="Month-one churn">
      <thead>
        <tr>
          <th scope="col">Platform</th>
          <th scope="col">Launch cohorts (first 7 signup days)</th>
          <th scope="col" className="num">Users</th>
          <th scope="col" className="num">Churn: not active on day 30 ({sourceLabel})</th>
          <th scope="col" className="num">Not active on day 30 or later</th>
          <th scope="col">Reported figures (aggregate declines, not cohort churn)</th>
        </tr>
      </thead>
      <tbody>
        {sortPlatforms(rows.map((r) => r.platform)).map((platform) => {
          const r = rows.find((x) => x.platform === platform)!;
          const figures = reported.filter((f) => f.platform === r.platform);
          return (
            <tr key={r.platform} data-platform={r.platform}>
              <th scope="row">
                <span className="swatch" style={{ background: platformColor(r.platform) }} aria-hidden="true" /> {r.platform}
              </th>
              <td>
                {formatDay(r.launch_start)}
                {r.launch_end.getTime() !== r.launch_start.getTime() ? ` – ${formatDay(r.launch_end)}` : ''}
              </td>
              <td className="num">{formatFull(r.cohort_users)}</td>
              <td className="num" data-churn={r.churn ?? ''}>
                {pct(r.churn)}
              </td>
              <td className="num">{pct(r.churn_unbounded)}</td>
              <td>
                {figures.length === 0 ? (
                  '–'
                ) : (
                  <ul className="reported-list">
                    {figures.map((f) => (
                      <li key={`${f.metric}-${f.date.getTime()}-${f.value}`} title={`${f.source}${f.note ? ` — ${f.note}` : ''}`}>
                        <strong>{formatPercent(f.value)}</strong> {describeReportedMetric(f.metric)}, to {formatDay(f.date)} (
                        {firstSource(f.source)}; {f.coverage})
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
