import { formatFull } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import type { LifecycleRow } from '../api/lifecycle';
import { activeUsers, quickRatio } from '../model/lifecycle';

const ratio = (v: number | null) => (v === null ? '–' : v.toFixed(2));

const COLUMNS: readonly DataColumn<LifecycleRow>[] = [
  {
    id: 'week',
    header: 'Week of',
    rowHeader: true,
    cell: (r) => `${formatDay(r.week)}${r.complete ? '' : ' (partial: the log ends within it)'}`,
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

/** One platform's weeks, oldest first: the four states, the active users and the quick ratio. */
export function LifecycleTable({ platform, rows }: { platform: string; rows: readonly LifecycleRow[] }) {
  return (
    <DataTable
      label={`Lifecycle of ${platform} by week`}
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.week.getTime()}
      rowProps={(r) => ({ 'data-week': r.week.toISOString().slice(0, 10) })}
    />
  );
}
