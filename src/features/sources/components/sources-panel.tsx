import { metricLabel } from '../../../lib/metric-labels';
import { isoDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { useReportedFigures, type ReportedFigureRow } from '../api/reported-figures';
import { figureUnit } from '../model/figure-unit';
import { SourcesControls } from './sources-controls';
import { SourcesTable } from './sources-table';
import { useSourcesView } from './use-sources-view';

const TITLE = 'Sources';
const EXPORT_COLUMNS = [
  'platform',
  'date',
  'metric',
  'metric_name',
  'value',
  'unit',
  'region',
  'coverage',
  'vendor',
  'source',
  'note',
  'imported_from',
] as const;

/** The listed figures as plain rows: the code and its readable name, the raw value and its unit. */
function exportRows(rows: readonly ReportedFigureRow[]) {
  return rows.map((r) => ({
    platform: r.platform,
    date: isoDay(r.date),
    metric: r.metric,
    metric_name: metricLabel(r.metric),
    value: r.value,
    unit: figureUnit(r.metric),
    region: r.region,
    coverage: r.coverage,
    vendor: r.vendor,
    source: r.source,
    note: r.note,
    imported_from: r.imported_from,
  }));
}

/** Every reported figure with where it comes from: the place a sceptical reader goes first. */
export function SourcesPanel() {
  const view = useSourcesView();
  const figures = useReportedFigures({ platform: view.platform, metric: view.metric });
  const rows = figures.data ?? [];
  const state = view.facets.isError ? 'error' : view.facets.isPending ? 'loading' : panelStateOf(figures);
  return (
    <Panel
      title={TITLE}
      state={state}
      error={view.facets.error ?? figures.error}
      actions={<ExportButtons title={TITLE} rows={() => exportRows(rows)} columns={EXPORT_COLUMNS} />}
      emptyMessage="No reported figure for this platform and metric."
      description={
        <>
          <p>
            Every reported figure in the adoption data, as its source gives it: who produced it (vendor), the population
            it covers, and the source&apos;s own qualifiers. Modelled figures are not listed here.
          </p>
          <SourcesControls view={view} />
          <p className="panel-status" aria-live="polite">
            {figures.data ? `Showing ${rows.length} of ${view.total} reported figures.` : null}
          </p>
        </>
      }
    >
      <SourcesTable rows={rows} />
    </Panel>
  );
}
