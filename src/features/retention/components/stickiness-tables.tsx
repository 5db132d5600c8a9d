import { formatFull, formatPercent } from '../../../lib/format-number';
import { sortPlatforms } from '../../../lib/platforms';
import { formatDay, formatMonth, isoDay } from '../../../lib/time/day';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import type { ActiveDaysRow } from '../api/active-days';
import type { StickinessRatioRow } from '../api/stickiness-ratio';

/** Month by month, one DAU/MAU column per platform; a month the log covers in part says so. */
export function StickinessRatioTable({ rows }: { rows: readonly StickinessRatioRow[] }) {
  const platforms = sortPlatforms(new Set(rows.map((r) => r.platform)));
  const months = [...new Set(rows.map((r) => isoDay(r.month)))].sort();
  const at = new Map(rows.map((r) => [`${r.platform} ${isoDay(r.month)}`, r]));
  const columns: DataColumn<string>[] = [
    { id: 'month', header: 'Month', rowHeader: true, cell: (m) => formatMonth(new Date(`${m}T00:00:00Z`)) },
    ...platforms.map<DataColumn<string>>((p) => ({
      id: p,
      header: `${p} DAU/MAU`,
      numeric: true,
      cell: (m) => {
        const r = at.get(`${p} ${m}`);
        if (!r) return '–';
        return `${formatPercent(r.dau_mau)}${r.complete ? '' : ` (${r.observed_days} days)`}`;
      },
      cellProps: (m) => {
        const r = at.get(`${p} ${m}`);
        return {
          'data-platform': p,
          'data-dau-mau': r?.dau_mau ?? '',
          title: r
            ? `${p}, ${formatMonth(r.month)}: ${formatFull(Math.round(r.avg_dau))} average daily actives over ${r.observed_days} days, ${formatFull(r.mau)} monthly actives`
            : undefined,
        };
      },
    })),
  ];
  return (
    <DataTable
      label="DAU/MAU by month"
      columns={columns}
      rows={months}
      rowKey={(m) => m}
      rowProps={(m) => ({ 'data-month': m })}
    />
  );
}

/** Days active 1 to 30, one column per platform: the share of the window's active users. */
export function ActiveDaysTable({ rows }: { rows: readonly ActiveDaysRow[] }) {
  const platforms = sortPlatforms(new Set(rows.map((r) => r.platform)));
  const days = [...new Set(rows.map((r) => r.days_active))].sort((a, b) => a - b);
  const at = new Map(rows.map((r) => [`${r.platform} ${r.days_active}`, r]));
  const windows = platforms.map((p) => {
    const r = rows.find((x) => x.platform === p)!;
    return `${p} ${formatDay(r.window_start)} – ${formatDay(r.window_end)}`;
  });
  const columns: DataColumn<number>[] = [
    { id: 'days', header: 'Days active', rowHeader: true, cell: (d) => String(d) },
    ...platforms.map<DataColumn<number>>((p) => ({
      id: p,
      header: `${p} users`,
      numeric: true,
      cell: (d) => {
        const r = at.get(`${p} ${d}`);
        return r ? formatPercent(r.share) : '–';
      },
      cellProps: (d) => {
        const r = at.get(`${p} ${d}`);
        return {
          'data-platform': p,
          'data-users': r?.users ?? '',
          title: r ? `${formatFull(r.users)} users active on exactly ${d} of the 30 days` : undefined,
        };
      },
    })),
  ];
  return (
    <DataTable
      label="Days active in the last 30 days"
      caption={`Windows: ${windows.join('; ')}.`}
      columns={columns}
      rows={days}
      rowKey={(d) => d}
      rowProps={(d) => ({ 'data-days': d })}
    />
  );
}
