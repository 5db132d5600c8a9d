import { useRef } from 'react';
import { formatCompact } from '../../../lib/format-number';
import { isoDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel } from '../../../lib/ui/panel';
import { bassCumulative } from '../model/bass';
import type { LaunchProjection } from '../model/launch-projection';
import { Backtest } from './backtest-section';
import { EarlyDownloadsCheck } from './early-downloads-check';
import { ModelComparisonPanel } from './model-comparison-panel';
import { ModelSummary } from './model-summary';
import { ProjectionChart } from './projection-chart';
import {
  projectionFileParts,
  projectionModelledNote,
  projectionSettings,
  projectionSources,
} from './projection-export';
import { ProjectionControls } from './projection-controls';
import { ProjectionFigures } from './projection-figures';
import { useProjectionParams } from './projection-params';
import { ScenarioPresets } from './scenario-presets';
import { useLaunchProjection, type LaunchProjectionView } from './use-launch-projection';
import { useModelComparison } from './use-model-comparison';
import { launchProjectionState } from '../hooks/launch-projection-state';
import { useFiguresProjection } from '../hooks/use-figures-projection';

const TITLE = 'Launch projection';

/** "Debra Aho Williamson (independent analyst)" → "Debra Aho Williamson": who, without the role. */
const shortName = (by: string) => by.split(/[,(]/)[0]?.trim() ?? by;

/** Columns of the projection CSV: the projected table by day, then the fitted analogue on the same axis. */
const PROJECTION_COLUMNS = [
  'platform',
  'target_region',
  'day',
  'date',
  'signups_low',
  'signups',
  'signups_high',
  'actives_low',
  'actives',
  'actives_high',
  'analogue_signups',
] as const;

/** The projection as drawn, one row per day since the target launch (counts rounded to whole people). */
function projectionRows(view: LaunchProjectionView, projection: LaunchProjection, analogueCurve: readonly number[]) {
  return projection.rows.map((r, i) => {
    const date = view.dayOf(r.day);
    const analogue = analogueCurve[i];
    return {
      platform: view.platform,
      target_region: view.target?.region ?? null,
      day: r.day,
      date: date ? isoDay(date) : null,
      signups_low: Math.round(r.signupsLow),
      signups: Math.round(r.signups),
      signups_high: Math.round(r.signupsHigh),
      actives_low: Math.round(r.activesLow),
      actives: Math.round(r.actives),
      actives_high: Math.round(r.activesHigh),
      analogue_signups: analogue === undefined ? null : Math.round(analogue),
    };
  });
}

/** The Projection section: fit a Bass model to one launch and project another (Threads in the EU by default), then every growth model side by side. */
export function ProjectionSection() {
  const params = useProjectionParams();
  const view = useLaunchProjection(params);
  const models = useModelComparison({ platform: view.platform, analogue: view.analogue, cutoff: view.cutoffDay });
  const { state, error, message } = launchProjectionState(view);
  const projection = view.projection?.ok ? view.projection.value : null;
  const fit = view.fit?.ok ? view.fit.value : null;
  const figures = useFiguresProjection(
    models.chosen?.forecaster ?? null,
    fit?.fit.points ?? null,
    projection,
    params.p !== null || params.q !== null,
  );
  const analogueCurve = projection && fit ? projection.rows.map((r) => bassCumulative(r.day, fit.fit.params)) : [];
  const targetLabel = view.target ? `${view.platform} in ${view.target.region}` : view.platform;
  const figure = useRef<HTMLDivElement>(null);
  return (
    <>
      <Panel
        title={TITLE}
        state={state}
        error={error}
        modelled={projection && fit ? projectionModelledNote(view) : undefined}
        emptyMessage={
          message ??
          (view.launches.length === 0
            ? 'No launch in the data to project: import a launches file with a launch for this platform.'
            : `No launch of ${view.platform} can be fitted and projected: ${view.analogues.map((a) => `${a.launch.label}, ${a.reason ?? 'fitted'}`).join('; ')}.`)
        }
        description={
          <>
            <p>
              How many people would sign up for, and keep using, {targetLabel} in the 12 months after its launch, if it
              spread the way the analogue launch did? Change any control and the projection follows.
            </p>
            <ProjectionControls params={params} view={view} />
            <ScenarioPresets params={params} view={view} />
          </>
        }
        actions={
          projection && fit ? (
            <ExportButtons
              title={TITLE}
              rows={() => projectionRows(view, projection, analogueCurve)}
              columns={PROJECTION_COLUMNS}
              chart={figure}
              fileParts={projectionFileParts(view, params)}
              settings={() => projectionSettings(view, params)}
              sources={() => projectionSources(view)}
            />
          ) : null
        }
      >
        {projection && fit ? (
          <>
            <div ref={figure}>
              <ProjectionChart
                platform={view.platform}
                targetLabel={targetLabel}
                analogueLabel={view.analogue?.label ?? 'Analogue'}
                rows={projection.rows}
                analogueCurve={analogueCurve}
                analoguePoints={fit.fit.points}
                start={view.target?.event_date ?? null}
                expectations={view.expectations.map((e) => ({
                  value: e.expected_users,
                  label: `~${formatCompact(e.expected_users)} expected (${shortName(e.expected_by)}; ${e.horizon})`,
                }))}
              />
            </div>
            <ProjectionFigures
              targetName={view.target?.region === 'EU-27' ? 'EU' : (view.target?.region ?? view.platform)}
              rows={figures?.rows ?? projection.rows}
              model={figures}
              dayOf={view.dayOf}
              expectations={view.expectations.map((e) => ({
                value: e.expected_users,
                label: `${shortName(e.expected_by)}; ${e.horizon}`,
              }))}
            />
            <EarlyDownloadsCheck view={view} projection={projection} />
            <ModelSummary view={view} projection={projection} />
            <Backtest view={view} />
          </>
        ) : null}
      </Panel>
      <ModelComparisonPanel platform={view.platform} analogue={view.analogue} view={models} waiting={view.pending} />
    </>
  );
}
