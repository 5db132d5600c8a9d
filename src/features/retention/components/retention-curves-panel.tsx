import { useCallback, useMemo, useRef } from 'react';
import { platformColor } from '../../../lib/platforms';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { SelectField, toOptions } from '../../../lib/ui/select-field';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { Swatch } from '../../../lib/ui/swatch';
import { useRetentionCurves } from '../api/retention-curves';
import { useRetentionSources } from '../api/retention-sources';
import { useBaseline } from '../hooks/use-baseline';
import { useCurveVariation } from '../hooks/use-curve-variation';
import { curveTooltipFigures } from '../model/curve-day-figures';
import { dayFigures } from '../model/day-comparison';
import { buildCurveSeries, type FittedSeries } from './curve-series';
import { DayComparisonTable } from './day-comparison-table';
import { FitParametersTable } from './fit-parameters-table';
import { modelledNote } from './modelled-note';
import { RetentionDefinition } from './retention-controls';
import { curvesFileParts, curvesSettings, retentionSourcesLine } from './retention-export-caption';
import { plottedPoints, RetentionCurvesChart, type CurveSeries } from './retention-curves-chart';
import type { RetentionView } from './use-retention-view';

const TITLE = 'Retention curves';
/** Columns of the CSV export, in order; the fitted columns are empty on observed rows. */
const EXPORT_COLUMNS = [
  'platform',
  'series',
  'day',
  'retention',
  'retention_low_95',
  'retention_high_95',
  'model',
  'retention_mode',
  'region',
  'data_source',
  'modelled',
] as const;

/** The drawn points as plain rows: each platform's observed curve, its fitted extrapolation when shown, then its cohort variation. */
function exportRows(series: readonly (FittedSeries & CurveSeries)[], view: RetentionView) {
  const context = { retention_mode: view.mode, region: view.region, data_source: view.source };
  return series.flatMap((s) => [
    ...plottedPoints(s).map((p) => ({
      platform: s.platform,
      series: 'observed',
      day: p.day,
      retention: p.rate,
      ...context,
      modelled: s.modelled,
    })),
    ...s.extrapolation.map((p) => ({
      platform: s.platform,
      series: 'fitted',
      day: p.day,
      retention: p.fit,
      retention_low_95: p.low,
      retention_high_95: p.high,
      model: s.fit?.model ?? null,
      ...context,
      modelled: s.modelled,
    })),
    ...(s.variation ?? []).map((p) => ({
      platform: s.platform,
      series: 'cohort variation',
      day: p.day,
      retention: p.rate,
      retention_low_95: p.low,
      retention_high_95: p.high,
      model: 'bootstrap over cohorts',
      ...context,
      modelled: s.modelled,
    })),
  ]);
}

/** Retention curves per platform, with the fitted extrapolation to day 365. */
export function RetentionCurvesPanel({ view }: { view: RetentionView }) {
  const params = {
    source: view.source,
    platforms: view.platforms,
    region: view.region,
    mode: view.mode,
    maxDay: view.maxDay,
  };
  const query = useRetentionCurves(params);
  const sources = useRetentionSources({ source: view.source, platforms: view.platforms, region: view.region });
  const variation = useCurveVariation(params);
  const fitted = useMemo(() => buildCurveSeries(query.data ?? [], view.fit), [query.data, view.fit]);
  const series = useMemo(
    () => fitted.map((s) => ({ ...s, variation: variation.get(s.platform) ?? [] })),
    [fitted, variation],
  );
  const [baseline, setBaseline] = useBaseline(series.map((s) => s.platform));
  const days = useMemo(() => dayFigures(query.data ?? [], view.maxDay, baseline), [query.data, view.maxDay, baseline]);
  const figuresOn = useCallback(
    (day: number) => curveTooltipFigures(query.data ?? [], series, day),
    [query.data, series],
  );
  const figure = useRef<HTMLDivElement>(null);
  const theme = useChartTheme();
  const drawn = series.map((s) => s.platform);
  return (
    <Panel
      title={TITLE}
      state={panelStateOf(query)}
      modelled={modelledNote(query.data ?? [])}
      error={query.error}
      actions={
        <>
          <SelectField
            label="Compare to"
            accessibleName="Compare curves to"
            value={baseline}
            options={[{ value: '', label: 'No baseline' }, ...toOptions(series.map((s) => s.platform))]}
            onChange={setBaseline}
          />
          <ExportButtons
            title={TITLE}
            rows={() => exportRows(series, view)}
            columns={EXPORT_COLUMNS}
            chart={figure}
            fileParts={curvesFileParts(view, drawn)}
            settings={() => curvesSettings(view, drawn)}
            sources={() => retentionSourcesLine(sources.data ?? [])}
            unavailable={series.length === 0 ? 'Nothing to export: no cohorts in this view.' : null}
          />
        </>
      }
      emptyMessage="No cohorts for this selection."
      description={
        <>
          <RetentionDefinition mode={view.mode} />
          <p>
            One line per platform: the cohorts observed for at least N days, averaged with each cohort weighted by its
            size, from day 1 (day 0, the signup day, is 100% by definition). The dotted-edged band along each line is
            cohort-to-cohort variation: the middle 95% of 200 curves pooled from the cohorts drawn with replacement,
            each weighted by its size as in the line. It shows how much a line depends on which cohorts it has. The
            table gives days 1, 7, 30 and 90 with 95% Wilson intervals; against a baseline, a two-proportion z-test on
            the users pooled across cohorts says whether each gap is beyond noise (p &lt; 0.05).
            {view.fit
              ? ` Dashed: a power law and an exponential decay are fitted to days 1–${view.maxDay} of each curve; the one with the lower error is extrapolated to day 365. The shaded 95% band without edges around the dashed line covers the uncertainty of the fitted parameters only, not the choice of model: fit a longer range to test it.`
              : ''}
          </p>
        </>
      }
    >
      <div ref={figure}>
        <RetentionCurvesChart series={series} maxDay={view.fit ? 365 : view.maxDay} figuresOn={figuresOn} />
      </div>
      <ul className="legend" aria-label="Platforms">
        {series.map((s) => (
          <li key={s.platform} data-platform={s.platform}>
            <Swatch color={platformColor(s.platform, theme.name)} />
            {s.platform}
          </li>
        ))}
      </ul>
      <DayComparisonTable figures={days} baseline={baseline} />
      {view.fit ? <FitParametersTable series={series} /> : null}
    </Panel>
  );
}
