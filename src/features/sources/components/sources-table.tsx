import { formatFull, formatPercent } from '../../../lib/format-number';
import { metricLabel } from '../../../lib/metric-labels';
import { formatDay, isoDay } from '../../../lib/time/day';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import type { ReportedFigureRow } from '../api/reported-figures';
import { figureUnit } from '../model/figure-unit';

/** The value as read: a fraction as a percentage, a count in full. */
export function formatFigure(row: Pick<ReportedFigureRow, 'metric' | 'value'>): string {
  return figureUnit(row.metric) === 'fraction' ? formatPercent(row.value) : formatFull(row.value);
}

const COLUMNS: readonly DataColumn<ReportedFigureRow>[] = [
  { id: 'platform', header: 'Platform', cell: (r) => r.platform, rowHeader: true },
  { id: 'date', header: 'Date', cell: (r) => formatDay(r.date) },
  {
    id: 'metric',
    header: 'Metric',
    cell: (r) => (
      <>
        {metricLabel(r.metric)} <code>{r.metric}</code>
      </>
    ),
  },
  { id: 'value', header: 'Value', cell: formatFigure, numeric: true, cellProps: (r) => ({ 'data-value': r.value }) },
  { id: 'unit', header: 'Unit', cell: (r) => figureUnit(r.metric) },
  { id: 'region', header: 'Region', cell: (r) => r.region },
  { id: 'coverage', header: 'Coverage', cell: (r) => r.coverage },
  { id: 'vendor', header: 'Vendor', cell: (r) => r.vendor ?? '—' },
  {
    id: 'source',
    header: 'Source',
    cell: (r) => (r.imported_from === null ? r.source : `${r.source} (imported from ${r.imported_from})`),
  },
  { id: 'note', header: 'Qualifiers', cell: (r) => r.note ?? '' },
];

/** Every listed figure with its source, vendor, coverage and qualifiers. */
export function SourcesTable({ rows }: { rows: readonly ReportedFigureRow[] }) {
  return (
    <DataTable
      label="Reported figures"
      columns={COLUMNS}
      rows={rows}
      rowKey={(r, i) => `${r.platform}|${isoDay(r.date)}|${r.metric}|${r.value}|${i}`}
      rowProps={(r) => ({ 'data-platform': r.platform, 'data-metric': r.metric })}
    />
  );
}
