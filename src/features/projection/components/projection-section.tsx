import { useRef } from 'react';
import { formatCompact } from '../../../lib/format-number';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel } from '../../../lib/ui/panel';
import { Backtest } from './backtest-section';
import { EarlyDownloadsCheck } from './early-downloads-check';
import { ModelComparisonPanel } from './model-comparison-panel';
import { ModelSummary } from './model-summary';
import { ProjectionChart } from './projection-chart';
import { PROJECTION_COLUMNS, projectionCsvRows } from './projection-csv';
import {
  projectionFileParts,
  projectionModelledNote,
  projectionSettings,
  projectionSources,
} from './projection-export';
import { ProjectionControls } from './projection-controls';
import { ProjectionFigures } from './projection-figures';
import { projectionModelledDetails } from './projection-modelled';
import { useProjectionParams } from './projection-params';
import { ScenarioPresets } from './scenario-presets';
import { useLaunchProjection } from './use-launch-projection';
import { useModelComparison } from './use-model-comparison';
import { launchProjectionState } from '../hooks/launch-projection-state';
import { useBacktest } from '../hooks/use-backtest';
import { useFiguresProjection } from '../hooks/use-figures-projection';

const TITLE = 'Launch projection';

/** "Debra Aho Williamson (independent analyst)" → "Debra Aho Williamson": who, without the role. */
const shortName = (by: string) => by.split(/[,(]/)[0]?.trim() ?? by;

/**
 * The Projection section: fit the analogue launch and project another (Threads in the EU by
 * default) under the model chosen under Growth models (chart, CSV, table and backtest
 * alike), then every growth model side by side.
 */
export function ProjectionSection() {
  const params = useProjectionParams();
  const view = useLaunchProjection(params);
  const models = useModelComparison({ platform: view.platform, analogue: view.analogue, cutoff: view.cutoffDay });
  const { state, error, message } = launchProjectionState(view);
  const projection = view.projection?.ok ? view.projection.value : null;
  const fit = view.fit?.ok ? view.fit.value : null;
  const figures = useFiguresProjection(
    models.chosen?.forecaster ?? null,
    fit,
    projection,
    params.p !== null || params.q !== null,
  );
  const backtest = useBacktest(view, figures, projection?.retention.curve ?? null);
  const targetLabel = view.target ? `${view.platform} in ${view.target.region}` : view.platform;
  const figure = useRef<HTMLDivElement>(null);
  return (
    <>
      <Panel
        title={TITLE}
        state={state}
        error={error}
        modelled={projection && figures ? projectionModelledNote(view, figures) : undefined}
        modelledDetails={projectionModelledDetails(view)}
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
          projection && figures ? (
            <ExportButtons
              title={TITLE}
              rows={() =>
                projectionCsvRows(
                  {
                    platform: view.platform,
                    targetRegion: view.target?.region ?? null,
                    dayOf: view.dayOf,
                    cohortsModelled: view.retentionPoints.some((r) => r.modelled),
                  },
                  figures,
                )
              }
              columns={PROJECTION_COLUMNS}
              chart={figure}
              fileParts={projectionFileParts(view, params)}
              settings={() => projectionSettings(view, params, figures)}
              sources={() => projectionSources(view)}
            />
          ) : null
        }
      >
        {projection && fit && figures ? (
          <>
            <div ref={figure}>
              <ProjectionChart
                platform={view.platform}
                targetLabel={targetLabel}
                targetRegion={view.target?.region ?? view.platform}
                model={figures}
                analogueLabel={view.analogue?.label ?? 'Analogue'}
                rows={figures.rows}
                analogueCurve={figures.rows.map((r) => figures.analogue(r.day))}
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
              rows={figures.rows}
              model={figures}
              dayOf={view.dayOf}
              expectations={view.expectations.map((e) => ({
                value: e.expected_users,
                label: `${shortName(e.expected_by)}; ${e.horizon}`,
              }))}
            />
            <EarlyDownloadsCheck view={view} projection={projection} shown={figures} />
            <ModelSummary view={view} projection={projection} />
            <Backtest view={view} result={backtest} />
          </>
        ) : null}
      </Panel>
      <ModelComparisonPanel platform={view.platform} analogue={view.analogue} view={models} waiting={view.pending} />
    </>
  );
}
