import { isoDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { ACTIVE_DAYS_WINDOW, useActiveDays, type ActiveDaysRow } from '../api/active-days';
import { ALL_REGIONS } from '../api/retention-filters';
import { useRetentionOptions } from '../api/retention-options';
import { useStickinessRatio, type StickinessRatioRow } from '../api/stickiness-ratio';
import { ActivityLogNeeded, activityLogNeeded } from './activity-log-needed';
import { modelledProps } from './modelled-note';
import { ActiveDaysTable, StickinessRatioTable } from './stickiness-tables';
import type { RetentionView } from './use-retention-view';

const TITLE = 'Stickiness';
const WHY = 'Stickiness counts the days each user is active';
const EXPORT_COLUMNS = [
  'platform',
  'figure',
  'month',
  'observed_days',
  'complete_month',
  'avg_dau',
  'mau',
  'dau_mau',
  'window_start',
  'window_end',
  'days_active',
  'users',
  'share',
  'region',
  'data_source',
  'modelled',
] as const;

/** Both tables as plain rows: a `dau_mau` row per platform and month, an `active_days` row per platform and count. */
function exportRows(ratios: readonly StickinessRatioRow[], days: readonly ActiveDaysRow[], region: string) {
  return [
    ...ratios.map((r) => ({
      platform: r.platform,
      figure: 'dau_mau',
      month: isoDay(r.month),
      observed_days: r.observed_days,
      complete_month: r.complete,
      avg_dau: r.avg_dau,
      mau: r.mau,
      dau_mau: r.dau_mau,
      region,
      data_source: 'raw events',
      modelled: r.modelled,
    })),
    ...days.map((r) => ({
      platform: r.platform,
      figure: 'active_days',
      window_start: isoDay(r.window_start),
      window_end: isoDay(r.window_end),
      days_active: r.days_active,
      users: r.users,
      share: r.share,
      region,
      data_source: 'raw events',
      modelled: r.modelled,
    })),
  ];
}

/**
 * How often users come back, from the activity log: DAU/MAU month by month, and how many
 * of the last 30 logged days each active user was active on, per platform in view.
 */
export function StickinessPanel({ view, platforms }: { view: RetentionView; platforms: readonly string[] }) {
  const params = { platforms: view.platforms, region: view.region };
  const ratios = useStickinessRatio(params);
  const days = useActiveDays(params);
  const logged = useRetentionOptions({ source: 'events' });
  const loggedPlatforms = new Set((logged.data ?? []).map((o) => o.platform));
  const missing = logged.data ? platforms.filter((p) => !loggedPlatforms.has(p)) : [];
  const ratioRows = ratios.data ?? [];
  const dayRows = days.data ?? [];
  const state = logged.isError || days.isError ? 'error' : panelStateOf(ratios);
  return (
    <Panel
      title={TITLE}
      state={state === 'ready' && days.isPending ? 'loading' : state}
      {...modelledProps([...ratioRows, ...dayRows])}
      error={ratios.error ?? days.error ?? logged.error}
      emptyMessage={missing.length > 0 ? activityLogNeeded(WHY, missing) : 'No activity in the log for this selection.'}
      actions={
        <ExportButtons
          title={TITLE}
          rows={() => exportRows(ratioRows, dayRows, view.region)}
          columns={EXPORT_COLUMNS}
          fileParts={[view.region === ALL_REGIONS ? null : view.region]}
          unavailable={ratioRows.length === 0 ? 'No activity to export for this selection.' : null}
        />
      }
      description={
        <>
          <p>
            <strong>DAU/MAU</strong>: a calendar month&apos;s average daily active users divided by the users active on
            any day of that month — the share of a month&apos;s users who are there on a typical day. A month the log
            covers only in part averages over the days it covers and says how many. <strong>Days active</strong>: of the
            users active at least once in a platform&apos;s last {ACTIVE_DAYS_WINDOW} logged days, the share active on
            exactly 1, 2, … {ACTIVE_DAYS_WINDOW} of them (PostHog&apos;s and Amplitude&apos;s stickiness). Both count
            raw activity, user by user.
          </p>
          <ActivityLogNeeded why={WHY} platforms={state === 'empty' ? [] : missing} />
        </>
      }
    >
      <StickinessRatioTable rows={ratioRows} />
      <ActiveDaysTable rows={dayRows} />
    </Panel>
  );
}
