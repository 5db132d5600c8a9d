import { useRef } from 'react';
import { formatCompact, formatPercent } from '../../../lib/format-number';
import { DAY_MS, formatDay, isoDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, type PanelState } from '../../../lib/ui/panel';
import { bassCumulative } from '../model/bass';
import type { BacktestResult } from '../model/backtest';
import type { LaunchProjection } from '../model/launch-projection';
import { FALLBACK_MONTH_ONE_CHURN } from '../model/retention';
import { BacktestChart, backtestLines } from './backtest-chart';
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

const BACKTEST_TITLE = 'Backtest';
/** Columns of the backtest CSV: `modelled` rows are the drawn lines, `reported` rows the figures checked against them. */
const BACKTEST_COLUMNS = [
  'platform',
  'series',
  'date',
  'days_since_analogue_launch',
  'modelled_signups',
  'modelled_actives',
  'reported_measure',
  'reported_scope',
  'reported_value',
  'predicted',
  'error',
] as const;

function backtestRows(platform: string, analogueStart: Date, result: BacktestResult) {
  const dateOf = (day: number) => isoDay(new Date(analogueStart.getTime() + day * DAY_MS));
  return [
    ...backtestLines(result).map((l) => ({
      platform,
      series: 'modelled',
      date: dateOf(l.day),
      days_since_analogue_launch: l.day,
      modelled_signups: Math.round(l.signups),
      modelled_actives: Math.round(l.actives),
    })),
    ...result.points.map((p) => ({
      platform,
      series: 'reported',
      date: dateOf(p.day),
      days_since_analogue_launch: p.day,
      reported_measure: p.measure,
      reported_scope: p.scope,
      reported_value: p.value,
      predicted: Math.round(p.predicted),
      error: p.error,
    })),
  ];
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
  const figure = useRef<HTMLDivElement>(null);
  const result = view.backtest;
  if (!result || !view.analogue) return null;
  if (!result.ok) return <p className="panel-error" role="alert">Backtest failed: {result.error.message}</p>;
  const { mape, points } = result.value;
  const analogueStart = view.analogue.event_date;
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
      {points.length > 0 ? (
        <>
          <ExportButtons
            title={BACKTEST_TITLE}
            rows={() => backtestRows(view.platform, analogueStart, result.value)}
            columns={BACKTEST_COLUMNS}
            chart={figure}
          />
          <div ref={figure}>
            <BacktestChart platform={view.platform} analogueStart={analogueStart} result={result.value} />
          </div>
        </>
      ) : null}
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
  const figure = useRef<HTMLDivElement>(null);
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
        projection && fit ? (
          <ExportButtons title={TITLE} rows={() => projectionRows(view, projection, analogueCurve)} columns={PROJECTION_COLUMNS} chart={figure} />
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
              expectations={view.expectations.map((e) => ({
                value: e.expected_users,
                label: `~${formatCompact(e.expected_users)} expected (${e.expected_by.split(/[,(]/)[0]?.trim() ?? e.expected_by}; ${e.horizon})`,
              }))}
            />
          </div>
          <ProjectionFigures rows={projection.rows} dayOf={view.dayOf} />
          <ModelSummary view={view} projection={projection} />
          <Backtest view={view} />
        </>
      ) : null}
    </Panel>
  );
}
