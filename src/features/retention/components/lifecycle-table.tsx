import { formatFull } from '../../../lib/format-number';
import { formatDay, formatMonth } from '../../../lib/time/day';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import type { LifecycleRow } from '../api/lifecycle';
import { activeUsers, quickRatio, type LifecycleGrain } from '../model/lifecycle';

const ratio = (v: number | null) => (v === null ? '–' : v.toFixed(2));

const HEADERS: Readonly<Record<LifecycleGrain, string>> = { day: 'Day', week: 'Week of', month: 'Month' };

const columns = (grain: LifecycleGrain): readonly DataColumn<LifecycleRow>[] => [
  {
    id: 'period',
    header: HEADERS[grain],
    rowHeader: true,
    cell: (r) =>
      `${grain === 'month' ? formatMonth(r.period) : formatDay(r.period)}${r.complete ? '' : ' (partial: the log ends within it)'}`,
  },
  { id: 'new', header: 'New', numeric: true, cell: (r) => formatFull(r.new_users) },
  { id: 'returning', header: 'Returning', numeric: true, cell: (r) => formatFull(r.returning_users) },
  { id: 'resurrecting', header: 'Resurrecting', numeric: true, cell: (r) => formatFull(r.resurrecting_users) },
  // Dormant users are lost, drawn below zero: the table keeps the sign so it reads as the chart does.
  {
    id: 'dormant',
    header: 'Dormant',
    numeric: true,
    cell: (r) => (r.dormant_users === 0 ? '0' : `−${formatFull(r.dormant_users)}`),
  },
  { id: 'active', header: 'Active', numeric: true, cell: (r) => formatFull(activeUsers(r)) },
  {
    id: 'quick',
    header: 'Quick ratio',
    numeric: true,
    cell: (r) => ratio(quickRatio(r)),
    cellProps: (r) => ({ 'data-quick-ratio': quickRatio(r) ?? '' }),
  },
];

/** One platform's periods, oldest first: the four states, the active users and the quick ratio. */
export function LifecycleTable({
  platform,
  rows,
  grain,
}: {
  platform: string;
  rows: readonly LifecycleRow[];
  grain: LifecycleGrain;
}) {
  return (
    <DataTable
      label={`Lifecycle of ${platform} by ${grain}`}
      columns={columns(grain)}
      rows={rows}
      rowKey={(r) => r.period.getTime()}
      rowProps={(r) => ({ 'data-period': r.period.toISOString().slice(0, 10) })}
    />
  );
}
