import { formatFull, formatPercent } from '../../../lib/format-number';
import { platformColor, sortPlatforms } from '../../../lib/platforms';
import { formatDay } from '../../../lib/time/day';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import { Swatch } from '../../../lib/ui/swatch';
import type { MonthOneChurnRow } from '../api/month-one-churn';
import { describeReportedMetric, type ReportedChurnRow } from '../api/reported-churn';

export interface MonthOneChurnTableProps {
  readonly rows: readonly MonthOneChurnRow[];
  /** Reported figures to show beside the modelled ones; empty when they do not apply. */
  readonly reported: readonly ReportedChurnRow[];
  /** Where the churn comes from ("modelled cohorts", "raw events"). */
  readonly sourceLabel: string;
}

const pct = (v: number | null) => (v === null ? 'not yet observable' : formatPercent(v));
const firstSource = (source: string) => source.split(';')[0]?.trim() ?? source;

/** The reported figures of one platform, each with its date and source. */
function ReportedFigures({ figures }: { figures: readonly ReportedChurnRow[] }) {
  if (figures.length === 0) return <>–</>;
  return (
    <ul className="reported-list">
      {figures.map((f) => (
        <li key={`${f.metric}-${f.date.getTime()}-${f.value}`} title={`${f.source}${f.note ? ` — ${f.note}` : ''}`}>
          <strong>{formatPercent(f.value)}</strong> {describeReportedMetric(f.metric)}, to {formatDay(f.date)} (
          {firstSource(f.source)}; {f.coverage})
        </li>
      ))}
    </ul>
  );
}

/** One row per platform: month-one churn of its first cohorts, with reported figures beside it. */
export function MonthOneChurnTable({ rows, reported, sourceLabel }: MonthOneChurnTableProps) {
  const theme = useChartTheme();
  const ordered = sortPlatforms(rows.map((r) => r.platform)).flatMap((p) =>
    rows.filter((r) => r.platform === p).slice(0, 1),
  );
  const columns: DataColumn<MonthOneChurnRow>[] = [
    {
      id: 'platform',
      header: 'Platform',
      rowHeader: true,
      cell: (r) => (
        <>
          <Swatch color={platformColor(r.platform, theme.name)} /> {r.platform}
        </>
      ),
    },
    {
      id: 'launch',
      header: 'First cohorts (first 7 signup days in the data)',
      cell: (r) =>
        `${formatDay(r.launch_start)}${r.launch_end.getTime() !== r.launch_start.getTime() ? ` – ${formatDay(r.launch_end)}` : ''}`,
    },
    { id: 'users', header: 'Users', numeric: true, cell: (r) => formatFull(r.cohort_users) },
    {
      id: 'churn',
      header: `Churn: not active on day 30 (${sourceLabel})`,
      numeric: true,
      cell: (r) => pct(r.churn),
      cellProps: (r) => ({ 'data-churn': r.churn ?? '' }),
    },
    { id: 'unbounded', header: 'Not active on day 30 or later', numeric: true, cell: (r) => pct(r.churn_unbounded) },
    {
      id: 'reported',
      header: 'Reported figures (aggregate declines, not cohort churn)',
      cell: (r) => <ReportedFigures figures={reported.filter((f) => f.platform === r.platform)} />,
    },
  ];
  return (
    <DataTable
      label="Month-one churn"
      columns={columns}
      rows={ordered}
      rowKey={(r) => r.platform}
      rowProps={(r) => ({ 'data-platform': r.platform })}
    />
  );
}
