import { formatCompact, formatPercent } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import type { LaunchProjection } from '../model/launch-projection';
import { FALLBACK_MONTH_ONE_CHURN } from '../model/retention';
import { DEFAULT_SHARE_PERCENT, derivedShare, THREADS_EU_SHARE } from '../model/reachable-share';
import type { LaunchProjectionView } from './use-launch-projection';

const sig = (n: number) => n.toPrecision(3);

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * Where the reachable share comes from, for the chosen target: the default is derived for
 * Threads in the EU from figures outside the fitted series and outside the expectations it
 * is compared with, so agreeing with them would be a check, not an echo.
 */
function ShareSource({ view }: { view: LaunchProjectionView }) {
  if (view.sharePercent !== DEFAULT_SHARE_PERCENT)
    return <>The reachable share, {view.sharePercent}%, is set by hand.</>;
  const d = THREADS_EU_SHARE;
  const { incumbentShare, reach } = derivedShare(d);
  const derivation = (
    <>
      {d.incumbentInRegion.label} ({formatCompact(d.incumbentInRegion.value)}; {d.incumbentInRegion.source}) ÷{' '}
      {formatCompact(d.population.value)} {d.population.label} = {pct(incumbentShare)}, × Threads&apos; monthly users as
      a share of X&apos;s worldwide ({formatCompact(d.platformElsewhere.value)} ÷{' '}
      {formatCompact(d.incumbentElsewhere.value)} = {pct(reach)}; {d.platformElsewhere.source}; X&apos;s count includes
      the EU, where Threads was not yet open) = {DEFAULT_SHARE_PERCENT}%
    </>
  );
  if (view.platform === 'Threads' && view.target?.region === 'EU-27') {
    return (
      <span aria-label="Reachable share source">
        The default share is derived from figures published before the launch and outside the fitted signups:{' '}
        {derivation}. It shares no figure with the ~40M and ~25.9M expectations (both rest on Instagram&apos;s EU
        users), so landing near either is a check, not an echo.
      </span>
    );
  }
  return (
    <span aria-label="Reachable share source">
      No sourced reachable share exists for {view.platform} in {view.target?.region ?? 'this region'}: the{' '}
      {DEFAULT_SHARE_PERCENT}% used is derived for Threads in the EU ({derivation}), so set your own.
    </span>
  );
}

/** What the Bass fit and the projection rest on, in words. */
export function ModelSummary({ view, projection }: { view: LaunchProjectionView; projection: LaunchProjection }) {
  if (!view.fit?.ok || !view.analogue || !view.target) return null;
  const { fit, used } = view.fit.value;
  const { target, retention } = projection;
  const overridden = target.p !== fit.params.p || target.q !== fit.params.q;
  const baseline = view.series?.baseline ?? 0;
  return (
    <div className="chart-note" aria-label="Model summary" role="note">
      <p>
        <strong>Fit.</strong> Bass model fitted by least squares to {used} cumulative signup figures of{' '}
        {view.analogue.label} ({view.series?.region ?? view.analogue.region} figures counted by{' '}
        {view.series?.vendor ?? 'the platform'}
        {baseline > 0 ? `, minus ${formatCompact(baseline)} accounts from before it` : ''}
        {view.cutoffDay ? `, dated before ${formatDay(new Date(`${view.cutoffDay}T00:00:00Z`))}` : ''}): p ={' '}
        {sig(fit.params.p)}/day, q = {sig(fit.params.q)}/day, m = {formatCompact(fit.params.m)} (RMSE{' '}
        {formatCompact(fit.rmse)}). Only signups are fitted: MAU and DAU count who is active, they go down, and Bass
        describes adoption.
      </p>
      <p>
        <strong>Target.</strong> {view.target.region} from {formatDay(view.target.event_date)}: m ={' '}
        {formatCompact(view.populationMillions! * 1e6)} people × {view.sharePercent}% reachable ={' '}
        {formatCompact(target.m)} eventual signups
        {overridden
          ? `, with p = ${sig(target.p)} and q = ${sig(target.q)} set by hand (the band keeps the fit's relative spread around them)`
          : ''}
        . <ShareSource view={view} />
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
