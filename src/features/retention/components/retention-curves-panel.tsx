import { useMemo } from 'react';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { platformColor } from '../../../lib/platforms';
import { useRetentionCurves } from '../api/retention-curves';
import { buildCurveSeries } from './curve-series';
import { FitParametersTable } from './fit-parameters-table';
import { RetentionDefinition } from './retention-controls';
import { RetentionCurvesChart } from './retention-curves-chart';
import type { RetentionView } from './use-retention-view';

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
  return (
    <Panel
      title="Retention curves"
      state={panelStateOf(query)}
      error={query.error}
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
      <RetentionCurvesChart series={series} maxDay={view.fit ? 365 : view.maxDay} />
      <ul className="legend" aria-label="Platforms">
        {series.map((s) => (
          <li key={s.platform} data-platform={s.platform}>
            <span className="swatch" style={{ background: platformColor(s.platform) }} aria-hidden="true" />
            {s.platform}
          </li>
        ))}
      </ul>
      {view.fit ? <FitParametersTable series={series} /> : null}
    </Panel>
  );
}
