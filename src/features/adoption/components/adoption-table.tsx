import { memo } from 'react';
import { formatCount, formatFull } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import type { AdoptionSeries, PlottedPoint } from '../model/series';

const COLUMNS: readonly DataColumn<PlottedPoint>[] = [
  { id: 'platform', header: 'Platform', cell: (r) => r.platform },
  { id: 'date', header: 'Date', cell: (r) => formatDay(r.date) },
  { id: 'value', header: 'Value', numeric: true, cell: (r) => formatFull(r.value) },
  { id: 'metric', header: 'Metric', cell: (r) => r.metric },
  { id: 'basis', header: 'Basis', cell: (r) => r.basis },
  { id: 'vendor', header: 'Vendor', cell: (r) => r.vendor },
  { id: 'coverage', header: 'Coverage', cell: (r) => r.coverage },
  { id: 'source', header: 'Source', cell: (r) => r.source },
];

/**
 * The plotted figures as a table, for screen readers and for checking a source. `leftOut`
 * says which platforms the view leaves out, so the table tells what the legend does.
 * Memoised like the chart: its hundreds of cells are drawn even while it is folded, and
 * need not be drawn again when only a query's state moved.
 */
export const AdoptionTable = memo(function AdoptionTable({
  series,
  leftOut,
}: {
  series: readonly AdoptionSeries[];
  leftOut: string | null;
}) {
  const rows = series.flatMap((s) => s.points).sort((a, b) => a.date.getTime() - b.date.getTime());
  return (
    <details>
      <summary>Show the {formatCount(rows.length, 'plotted figure')} as a table</summary>
      <DataTable
        label="Plotted figures"
        caption={leftOut ? `Not drawn: ${leftOut}` : undefined}
        columns={COLUMNS}
        rows={rows}
        rowKey={(_, i) => i}
      />
    </details>
  );
});
