import { useCallback, useMemo, useRef } from 'react';
import { platformColor } from '../../../lib/platforms';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { Swatch } from '../../../lib/ui/swatch';
import { useRetentionCurves, type RetentionCurveRow, type RetentionCurvesParams } from '../api/retention-curves';
import { useRetentionSources } from '../api/retention-sources';
import { useCompareTo } from '../hooks/use-compare-to';
import { useCurveVariation } from '../hooks/use-curve-variation';
import { curveTooltipFigures } from '../model/curve-day-figures';
import { dayFigures } from '../model/day-comparison';
import { buildCurveSeries } from './curve-series';
import { DayComparisonTable } from './day-comparison-table';
import { FitParametersTable } from './fit-parameters-table';
import { modelledProps } from './modelled-note';
import { RetentionDefinition } from './retention-controls';
import { retentionSourcesLine } from './retention-export-caption';
import { RetentionCurvesChart } from './retention-curves-chart';
import { RetentionCurvesCompare } from './retention-curves-compare';
import {
  absoluteRows,
  compareFileParts,
  compareSettings,
  CURVES_EXPORT_COLUMNS,
  relativeRows,
} from './retention-curves-export';
import { RetentionCurvesRelativeChart } from './retention-curves-relative-chart';
import { CompareNote } from './retention-curves-relative-note';
import type { RetentionView } from './use-retention-view';

const TITLE = 'Retention curves';

const NO_ROWS: readonly RetentionCurveRow[] = [];

/** What the curves' query reads of the view; the section waits on the same query. */
export function curvesParams(view: RetentionView): RetentionCurvesParams {
  return { source: view.source, platforms: view.platforms, region: view.region, mode: view.mode, maxDay: view.maxDay };
}

/** Retention curves per platform, with the fitted extrapolation to day 365. */
export function RetentionCurvesPanel({ view }: { view: RetentionView }) {
  const params = curvesParams(view);
  const query = useRetentionCurves(params);
  const sources = useRetentionSources({ source: view.source, platforms: view.platforms, region: view.region });
  const variation = useCurveVariation(params);
  const fitted = useMemo(() => buildCurveSeries(query.data ?? [], view.fit), [query.data, view.fit]);
  const series = useMemo(
    () => fitted.map((s) => ({ ...s, variation: variation.get(s.platform) ?? [] })),
    [fitted, variation],
  );
  const drawn = useMemo(() => series.map((s) => s.platform), [series]);
  const compare = useCompareTo(query.data ?? NO_ROWS, drawn);
  const { baseline, measure, relative } = compare;
  const days = useMemo(
    () => dayFigures(query.data ?? [], view.maxDay, baseline, measure),
    [query.data, view.maxDay, baseline, measure],
  );
  const figuresOn = useCallback(
    (day: number) => curveTooltipFigures(query.data ?? [], series, day),
    [query.data, series],
  );
  const relativeOn = useCallback(
    (day: number) =>
      relative.flatMap((s) =>
        s.points.filter((p) => p.day === day).map((p) => ({ ...p, platform: s.platform, modelled: s.modelled })),
      ),
    [relative],
  );
  const figure = useRef<HTMLDivElement>(null);
  const theme = useChartTheme();
  const baselineModelled = series.some((s) => s.platform === baseline && s.modelled);
  return (
    <Panel
      title={TITLE}
      state={panelStateOf(query)}
      {...modelledProps(query.data ?? [])}
      error={query.error}
      actions={
        <>
          <RetentionCurvesCompare compare={compare} platforms={drawn} />
          <ExportButtons
            title={TITLE}
            rows={() =>
              baseline ? relativeRows(relative, compare, baselineModelled, view) : absoluteRows(series, view)
            }
            columns={CURVES_EXPORT_COLUMNS}
            chart={figure}
            fileParts={compareFileParts(view, drawn, compare)}
            settings={() => compareSettings(view, drawn, compare)}
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
            size, from day 1 (day 0, the signup day, is 100% by definition).
            {baseline
              ? ''
              : ' The dotted-edged band along each line is cohort-to-cohort variation: the middle 95% of 200 curves pooled from the cohorts drawn with replacement, each weighted by its size as in the line. It shows how much a line depends on which cohorts it has.'}{' '}
            The table gives days 1, 7, 30 and 90 with 95% Wilson intervals; against a baseline, a two-proportion z-test
            on the users pooled across cohorts says whether each gap is beyond noise (p &lt; 0.05).
            {view.fit && !baseline
              ? ` Dashed: a power law and an exponential decay are fitted to days 1–${view.maxDay} of each curve; the one with the lower error is extrapolated to day 365. The shaded 95% band without edges around the dashed line covers the uncertainty of the fitted parameters only, not the choice of model: fit a longer range to test it.`
              : ''}
          </p>
          <CompareNote baseline={baseline} measure={measure} />
        </>
      }
    >
      <div ref={figure}>
        {baseline ? (
          <RetentionCurvesRelativeChart
            series={relative}
            baseline={baseline}
            measure={measure}
            maxDay={view.maxDay}
            figuresOn={relativeOn}
          />
        ) : (
          <RetentionCurvesChart series={series} maxDay={view.fit ? 365 : view.maxDay} figuresOn={figuresOn} />
        )}
      </div>
      <ul className="legend" aria-label="Platforms">
        {series.map((s) => (
          <li key={s.platform} data-platform={s.platform}>
            <Swatch color={platformColor(s.platform, theme.name)} />
            {s.platform}
            {s.modelled ? ' (modelled)' : ''}
            {s.platform === baseline ? ` (baseline: the ${measure === 'difference' ? '0 pt' : '1×'} line)` : ''}
          </li>
        ))}
      </ul>
      <DayComparisonTable figures={days} baseline={baseline} measure={measure} />
      {view.fit ? <FitParametersTable series={series} /> : null}
    </Panel>
  );
}
