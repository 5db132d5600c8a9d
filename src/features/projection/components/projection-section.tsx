import { downloadCsv, toSafeCsv } from '../../../lib/export/csv';
import { formatCompact, formatPercent } from '../../../lib/format-number';
import { formatDay, isoDay } from '../../../lib/time/day';
import { Panel, type PanelState } from '../../../lib/ui/panel';
import { bassCumulative } from '../model/bass';
import type { LaunchProjection } from '../model/launch-projection';
import { FALLBACK_MONTH_ONE_CHURN } from '../model/retention';
import { BacktestChart } from './backtest-chart';
import { ProjectionChart } from './projection-chart';
import { ProjectionControls } from './projection-controls';
import { ProjectionFigures } from './projection-figures';
import { DEFAULT_SHARE_PERCENT, useProjectionParams } from './projection-params';
import { useLaunchProjection, type LaunchProjectionView } from './use-launch-projection';

const TITLE = 'Launch projection';
const sig = (n: number) => n.toPrecision(3);

function stateOf(view: LaunchProjectionView): { state: PanelState; error?: unknown } {
  if (view.queryError) return { state: 'error', error: view.queryError };
  if (view.pending) return { state: 'loading' };
  if (view.platforms.length === 0 || !view.analogue || !view.target) return { state: 'empty' };
  if (view.fit && !view.fit.ok) return { state: 'error', error: new Error(`Cannot fit the analogue launch: ${view.fit.error.message}`) };
  if (view.projection && !view.projection.ok) return { state: 'error', error: view.projection.error };
  if (!view.projection) return { state: 'loading' };
  return { state: 'ready' };
}

function exportCsv(view: LaunchProjectionView, projection: LaunchProjection) {
  const rows = projection.rows.map((r) => ({
    platform: view.platform,
    target_region: view.target?.region ?? '',
    day: r.day,
    date: (() => {
      const d = view.dayOf(r.day);
      return d ? isoDay(d) : '';
    })(),
    signups_low: Math.round(r.signupsLow),
    signups: Math.round(r.signups),
    signups_high: Math.round(r.signupsHigh),
    actives_low: Math.round(r.activesLow),
    actives: Math.round(r.actives),
    actives_high: Math.round(r.activesHigh),
  }));
  downloadCsv(`projection-${view.platform}-${view.target?.region ?? 'target'}.csv`, toSafeCsv(rows));
}

function ModelSummary({ view, projection }: { view: LaunchProjectionView; projection: LaunchProjection }) {
  if (!view.fit?.ok || !view.analogue || !view.target) return null;
  const { fit, used } = view.fit.value;
  const { target, retention } = projection;
  const overridden = target.p !== fit.params.p || target.q !== fit.params.q;
  const baseline = view.series[0]?.baseline ?? 0;
  return (
    <div className="chart-note" aria-label="Model summary" role="note">
      <p>
        <strong>Fit.</strong> Bass model fitted by least squares to {used} cumulative signup figures of {view.analogue.label} (
        {view.series[0]?.region ?? view.analogue.region} figures{baseline > 0 ? `, minus ${formatCompact(baseline)} accounts from before it` : ''}
        {view.cutoffDay ? `, dated before ${formatDay(new Date(`${view.cutoffDay}T00:00:00Z`))}` : ''}): p = {sig(fit.params.p)}/day, q ={' '}
        {sig(fit.params.q)}/day, m = {formatCompact(fit.params.m)} (RMSE {formatCompact(fit.rmse)}). Only signups are fitted: MAU and DAU count
        who is active, they go down, and Bass describes adoption.
      </p>
      <p>
        <strong>Target.</strong> {view.target.region} from {formatDay(view.target.event_date)}: m = {formatCompact(view.populationMillions! * 1e6)}{' '}
        people × {view.sharePercent}% reachable = {formatCompact(target.m)} eventual signups
        {overridden ? `, with p = ${sig(target.p)} and q = ${sig(target.q)} set by hand` : ''}. The default share,{' '}
        {DEFAULT_SHARE_PERCENT}%, is Instagram&apos;s ~259M EU monthly users (57.8% of 448M; a Threads profile is an Instagram profile) × about 1 in 10
        Instagram users joining Threads (Social Media Today). It is the reasoning behind the ~26M estimate, so the default lands on it; 40M
        needs about 8.9%.
      </p>
      <p>
        <strong>Active users</strong> = each day&apos;s new signups kept by{' '}
        {retention.source === 'data'
          ? `the platform's cohort retention curve (${view.retentionPoints[0]?.region ?? ''}, ${view.retentionPoints.length} day offsets, ${view.retentionPoints[0]?.retention_basis === 'unbounded' ? 'share not yet gone for good' : 'share active on the day'})`
          : retention.source === 'override'
            ? 'the churn override'
            : `a fallback, since ${view.platform} has no retention data: ${formatPercent(FALLBACK_MONTH_ONE_CHURN)} gone after a month (Zuckerberg: "more than half" of launch-week signups had left)`}
        ; month-one churn {formatPercent(retention.monthOneChurn)}.
      </p>
    </div>
  );
}

function Backtest({ view }: { view: LaunchProjectionView }) {
  const result = view.backtest;
  if (!result || !view.analogue) return null;
  if (!result.ok) return <p className="panel-error" role="alert">Backtest failed: {result.error.message}</p>;
  const { mape, points } = result.value;
  return (
    <section aria-label="Backtest" style={{ marginTop: '1rem' }}>
      <h3>Backtest</h3>
      <p className="chart-note">
        {view.cutoffDay
          ? `The fit uses only figures dated before the cutoff (${view.cutoffDay}).`
          : 'No cutoff: the fit uses every figure, so this is an in-sample check, not a forecast test.'}{' '}
        Reported figures from then on are set against the modelled
        platform (both launches; region-only figures against the target alone): MAU against modelled active users, signups against
        modelled signups.
      </p>
      <p aria-label="Backtest error">
        {mape === null
          ? 'Nothing was reported after the cutoff to compare with.'
          : `MAPE ${formatPercent(mape)} over ${points.length} reported figure${points.length === 1 ? '' : 's'} after the cutoff.`}
      </p>
      {points.length > 0 ? <BacktestChart platform={view.platform} analogueStart={view.analogue.event_date} result={result.value} /> : null}
    </section>
  );
}

/** The Projection section: fit a Bass model to one launch and project another (Threads in the EU by default). */
export function ProjectionSection() {
  const params = useProjectionParams();
  const view = useLaunchProjection(params);
  const { state, error } = stateOf(view);
  const projection = view.projection?.ok ? view.projection.value : null;
  const fit = view.fit?.ok ? view.fit.value : null;
  const analogueCurve = projection && fit ? projection.rows.map((r) => bassCumulative(r.day, fit.fit.params)) : [];
  const targetLabel = view.target ? `${view.platform} in ${view.target.region}` : view.platform;
  return (
    <Panel
      title={TITLE}
      state={state}
      error={error}
      emptyMessage="No launch in the data to project: import a launches file with a launch for this platform."
      description={
        <>
          <p>
            How many people would sign up for, and keep using, {targetLabel} in the 12 months after its launch, if it spread the way the
            analogue launch did? Change any control and the projection follows.
          </p>
          <ProjectionControls params={params} view={view} />
        </>
      }
      actions={
        projection ? (
          <button type="button" onClick={() => exportCsv(view, projection)}>
            Export projection CSV
          </button>
        ) : null
      }
    >
      {projection && fit ? (
        <>
          <ProjectionChart
            platform={view.platform}
            targetLabel={targetLabel}
            analogueLabel={view.analogue?.label ?? 'Analogue'}
            rows={projection.rows}
            analogueCurve={analogueCurve}
            analoguePoints={fit.fit.points}
            expectations={view.expectations.map((e) => ({
              value: e.expected_users,
              label: `~${formatCompact(e.expected_users)} expected (${e.expected_by.split(/[,(]/)[0]?.trim() ?? e.expected_by}; ${e.horizon})`,
            }))}
          />
          <ProjectionFigures rows={projection.rows} dayOf={view.dayOf} />
          <ModelSummary view={view} projection={projection} />
          <Backtest view={view} />
        </>
      ) : null}
    </Panel>
  );
}
