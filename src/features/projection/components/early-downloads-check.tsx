import { useMemo } from 'react';
import { formatCompact } from '../../../lib/format-number';
import { daysBetween, formatDay } from '../../../lib/time/day';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import { useEarlyDownloads } from '../api/early-downloads';
import type { FiguresProjection } from '../model/carried-projection';
import { earlyCurves } from '../model/early-check';
import type { LaunchProjection } from '../model/launch-projection';
import type { LaunchProjectionView } from './use-launch-projection';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly bands?: readonly (readonly [number, number])[];
  readonly error: string | null;
}

/**
 * The projection's first days beside third-party download counts (data.ai's for Threads
 * in the EU): the projection above (the chosen model's) with its band, then every growth model's shape fitted
 * to the analogue's signups and carried to the target's size. Shown only when the data
 * has such counts for the target.
 */
export function EarlyDownloadsCheck({
  view,
  projection,
  shown,
}: {
  view: LaunchProjectionView;
  projection: LaunchProjection;
  /** The projection as drawn above, under the chosen model. */
  shown: FiguresProjection;
}) {
  const target = view.target;
  const downloads = useEarlyDownloads(
    target && view.targetDay ? { platform: view.platform, region: target.region, launchDate: view.targetDay } : null,
  );
  const figures = useMemo(() => downloads.data ?? [], [downloads.data]);
  const points = view.fit?.ok ? view.fit.value.fit.points : null;
  const market = projection.target.m;
  const rows = useMemo((): Row[] => {
    if (!target || figures.length === 0 || !points) return [];
    const days = figures.map((f) => daysBetween(target.event_date, f.date));
    const at = (d: number) => shown.rows[Math.min(shown.rows.length - 1, d + 1)]!;
    return [
      {
        id: 'projection',
        label: `${shown.label}, as projected above`,
        values: days.map((d) => at(d).signups),
        bands: days.map((d) => [at(d).signupsLow, at(d).signupsHigh] as const),
        error: null,
      },
      ...earlyCurves(points, market, days),
    ];
  }, [target, figures, points, market, shown]);
  if (rows.length === 0) return null;
  const columns: DataColumn<Row>[] = [
    { id: 'model', header: 'Model (modelled signups)', rowHeader: true, cell: (r) => r.label },
    ...figures.map((f, i): DataColumn<Row> => ({
      id: `f${i}`,
      header: `${formatDay(f.date)}: ${formatCompact(f.value)} downloads`,
      numeric: true,
      cell: (r) => {
        const v = r.values[i];
        if (v === null || v === undefined) return r.error ? `no fit (${r.error})` : '—';
        const band = r.bands?.[i];
        return `${formatCompact(v)}${band ? ` (${formatCompact(band[0])}–${formatCompact(band[1])})` : ''} · ${(v / f.value).toFixed(1)}×`;
      },
      cellProps: (r) => ({
        'data-field': `ratio${i}`,
        'data-ratio': r.values[i] == null ? undefined : (r.values[i]! / f.value).toFixed(2),
      }),
    })),
  ];
  return (
    <section aria-label="First days against downloads" style={{ marginTop: '1rem' }}>
      <h3>First days against third-party downloads</h3>
      <p className="chart-note">
        Projected cumulative signups (modelled) by the end of each day, against downloads counted by a third party (
        {[...new Set(figures.map((f) => f.source))].join('; ')}). A download is not a signup and a profile can be made
        on the web, but these counts bound the first days: × is projected ÷ counted.
      </p>
      <DataTable
        label="First days against data.ai downloads"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ 'data-model': r.id })}
      />
    </section>
  );
}
