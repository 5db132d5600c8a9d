import { useMemo, useRef } from 'react';
import { platformColor } from '../../../lib/platforms';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { Swatch } from '../../../lib/ui/swatch';
import { useRetentionCurves } from '../api/retention-curves';
import { buildCurveSeries, type FittedSeries } from './curve-series';
import { FitParametersTable } from './fit-parameters-table';
import { modelledNote } from './modelled-note';
import { RetentionDefinition } from './retention-controls';
import { plottedPoints, RetentionCurvesChart } from './retention-curves-chart';
import type { RetentionView } from './use-retention-view';

const TITLE = 'Retention curves';
/** Columns of the CSV export, in order; the fitted columns are empty on observed rows. */
const EXPORT_COLUMNS = ['platform', 'series', 'day', 'retention', 'retention_low_95', 'retention_high_95', 'model', 'retention_mode', 'region', 'data_source'] as const;

/** The drawn points as plain rows: each platform's observed curve, then its fitted extrapolation when shown. */
function exportRows(series: readonly FittedSeries[], view: RetentionView) {
  const context = { retention_mode: view.mode, region: view.region, data_source: view.source };
  return series.flatMap((s) => [
    ...plottedPoints(s).map((p) => ({ platform: s.platform, series: 'observed', day: p.day, retention: p.rate, ...context })),
    ...s.extrapolation.map((p) => ({
      platform: s.platform,
      series: 'fitted',
      day: p.day,
      retention: p.fit,
      retention_low_95: p.low,
      retention_high_95: p.high,
      model: s.fit?.model ?? null,
      ...context,
    })),
  ]);
}

/** Retention curves per platform, with the fitted extrapolation to day 365. */
export function RetentionCurvesPanel({ view }: { view: RetentionView }) {
  const query = useRetentionCurves({
    source: view.source,
    platforms: view.platforms,
    region: view.region,
    mode: view.mode,
    maxDay: view.maxDay,
  });
  const series = useMemo(() => buildCurveSeries(query.data ?? [], view.fit), [query.data, view.fit]);
  const figure = useRef<HTMLDivElement>(null);
  const theme = useChartTheme();
  return (
    <Panel
      title={TITLE}
      state={panelStateOf(query)}
      modelled={modelledNote(series.map((s) => s.platform))}
      error={query.error}
      actions={<ExportButtons title={TITLE} rows={() => exportRows(series, view)} columns={EXPORT_COLUMNS} chart={figure} />}
      emptyMessage="No cohorts for this selection."
      description={
        <>
          <RetentionDefinition mode={view.mode} />
          <p>
            One line per platform: the cohorts observed for at least N days, averaged with each cohort weighted by its
            size, from day 1 (day 0, the signup day, is 100% by definition).
            {view.fit
              ? ` Dashed: a power law and an exponential decay are fitted to days 1–${view.maxDay} of each curve; the one with the lower error is extrapolated to day 365. The shaded 95% band covers the uncertainty of the fitted parameters only, not the choice of model: fit a longer range to test it.`
              : ''}
          </p>
        </>
      }
    >
      <div ref={figure}>
        <RetentionCurvesChart series={series} maxDay={view.fit ? 365 : view.maxDay} />
      </div>
      <ul className="legend" aria-label="Platforms">
        {series.map((s) => (
          <li key={s.platform} data-platform={s.platform}>
            <Swatch color={platformColor(s.platform, theme.name)} />
            {s.platform}
          </li>
        ))}
      </ul>
      {view.fit ? <FitParametersTable series={series} /> : null}
    </Panel>
  );
}
