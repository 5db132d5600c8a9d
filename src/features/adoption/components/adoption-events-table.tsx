import { formatCount } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import type { ViewEvent } from '../model/chart-events';

const DATE: DataColumn<ViewEvent> = { id: 'date', header: 'Date', cell: (e) => formatDay(e.date) };
const DAY: DataColumn<ViewEvent> = { id: 'day', header: 'Day (aligned)', numeric: true, cell: (e) => e.x };
const REST: readonly DataColumn<ViewEvent>[] = [
  { id: 'event', header: 'Event', rowHeader: true, cell: (e) => e.label },
  { id: 'platform', header: 'Platform', cell: (e) => e.platform },
  { id: 'source', header: 'Source', cell: (e) => e.source },
];

/**
 * The events drawn on the chart as a table, in date order: every event line, whether its
 * label is drawn, cut short or thinned to a marker, so none is reachable by pointer only.
 */
export function AdoptionEventsTable({ events, aligned }: { events: readonly ViewEvent[]; aligned: boolean }) {
  const rows = [...events].sort((a, b) => a.date.getTime() - b.date.getTime());
  const columns = aligned ? [DATE, DAY, ...REST] : [DATE, ...REST];
  return (
    <details>
      <summary>Show the {formatCount(rows.length, 'event')} on the chart as a table</summary>
      <DataTable label="Events on the chart" columns={columns} rows={rows} rowKey={(e) => `${e.platform}|${e.x}`} />
    </details>
  );
}
