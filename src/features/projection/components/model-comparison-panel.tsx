import { formatPercent } from '../../../lib/format-number';
import { Panel, type PanelState } from '../../../lib/ui/panel';
import { SelectField } from '../../../lib/ui/select-field';
import type { LaunchOption } from '../api/launch-options';
import { TRUST, type ModelComparison } from '../model/compare-models';
import { ModelComparisonTable } from './model-comparison-table';
import { modelComparisonModelled } from './projection-modelled';
import { TimeMachine } from './time-machine';
import type { ModelComparisonView } from './use-model-comparison';

const TITLE = 'Growth models, backtested';

/** The plain verdict: which models, if any, beat the naive forecast 6 months ahead with bands that hold. */
function Verdict({ comparison }: { comparison: ModelComparison }) {
  const label = (id: string) => comparison.rows.find((r) => r.forecaster.id === id)?.forecaster.label ?? id;
  const trusted = comparison.trusted.filter((id) => id !== 'naive');
  return (
    <p aria-label="Model verdict" className="chart-note">
      {trusted.length > 0
        ? `Beats the naive forecast 6 months ahead (MASE below ${TRUST.maxMase}) with 80% bands that held at least ${formatPercent(TRUST.minCoverage)} of later figures: ${trusted.map(label).join(', ')}.`
        : `No model beats the naive forecast 6 months ahead (MASE below ${TRUST.maxMase}) with 80% bands that held at least ${formatPercent(TRUST.minCoverage)} of later figures: these data cannot tell how this series will grow, so read every curve below as a scenario, not a forecast.`}
    </p>
  );
}

/** Which counter the series is: one vendor's figures, never two joined. */
function Counter({ view, platform }: { view: ModelComparisonView; platform: string }) {
  const first = view.sourceRows[0];
  if (!first) return null;
  const who = first.vendor ?? 'a counter the data does not name';
  const what = view.measure === 'MAU' ? 'MAU' : 'cumulative signups';
  const basis = first.basis === 'estimate' ? 'third-party estimates' : 'company figures';
  return (
    <p className="chart-note" aria-label="Series counter">
      Series: {what} of {platform} ({first.region}) as counted by {who}, {view.sourceRows.length} {basis}. One counter
      only: other vendors&apos; figures of the same measure count differently and are left out.
    </p>
  );
}

/** Every growth model and baseline fitted to the analogue's reported series, backtested by rolling origin, and the chosen one's projection as of the cutoff. */
export function ModelComparisonPanel(props: {
  platform: string;
  analogue: LaunchOption | undefined;
  /** The comparison (`useModelComparison`), shared with the launch projection's figures. */
  view: ModelComparisonView;
  /** True while the launches are still loading (so no analogue yet). */
  waiting: boolean;
}) {
  const { platform, analogue, view, waiting } = props;
  const state: PanelState = view.error ? 'error' : view.pending || waiting ? 'loading' : !analogue ? 'empty' : 'ready';
  const { comparison, measure } = view;
  return (
    <Panel
      title={TITLE}
      state={state}
      error={view.error}
      emptyMessage="No launch of this platform in the data to count days from."
      {...modelComparisonModelled(platform, view)}
      description={
        <>
          <p>
            Each model is refitted at every reported figure from the third on and forecasts every later one (rolling
            origin, Hyndman &amp; Athanasopoulos, FPP §5.10). MASE divides the error by the series&apos; own one-step
            naive error (below 1 beats it); coverage is the share of later figures inside the 80% band.
          </p>
          <div className="controls">
            <SelectField
              label="Series"
              accessibleName="Series compared"
              value={view.measureChoice}
              options={[
                { value: 'auto', label: `Automatic (${measure === 'MAU' ? 'MAU' : 'cumulative signups'})` },
                { value: 'MAU', label: `MAU (${view.counts.MAU} figures)` },
                { value: 'registered', label: `Cumulative signups (${view.counts.registered} figures)` },
              ]}
              onChange={view.setMeasure}
            />
            {comparison ? (
              <SelectField
                label="Model"
                accessibleName="Projection model"
                value={view.chosen?.forecaster.id ?? ''}
                options={comparison.rows.map((r) => ({
                  value: r.forecaster.id,
                  label: r.forecaster.id === view.defaultId ? `${r.forecaster.label} (default)` : r.forecaster.label,
                }))}
                onChange={view.setModel}
              />
            ) : null}
          </div>
        </>
      }
    >
      {comparison && analogue ? (
        <>
          <Counter view={view} platform={platform} />
          <Verdict comparison={comparison} />
          <ModelComparisonTable
            rows={comparison.rows}
            chosenId={view.chosen?.forecaster.id}
            defaultId={view.defaultId}
          />
          <TimeMachine view={view} platform={platform} launch={analogue} />
        </>
      ) : (
        <p className="panel-status">
          {platform} has {view.series.length} reported {measure === 'MAU' ? 'MAU' : 'cumulative signup'} figure
          {view.series.length === 1 ? '' : 's'} after its launch; comparing models needs at least {view.minSeries}{' '}
          (three to fit, one to check). Pick the other series.
        </p>
      )}
    </Panel>
  );
}
