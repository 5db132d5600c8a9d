import { useRef } from 'react';
import { sortPlatforms } from '../../../lib/platforms';
import { DAY_MS, formatDay, isoDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { SelectField, toOptions } from '../../../lib/ui/select-field';
import { useUrlParam } from '../../../lib/url/use-url-param';
import { ALL_REGIONS } from '../api/retention-filters';
import { useLifecycle, type LifecycleRow } from '../api/lifecycle';
import { useRetentionOptions } from '../api/retention-options';
import { activeUsers, quickRatio, recentQuickRatio, RECENT_WEEKS } from '../model/lifecycle';
import { lifecyclePlatformParam } from '../url-params';
import { ActivityLogNeeded, activityLogNeeded } from './activity-log-needed';
import { LifecycleChart } from './lifecycle-chart';
import { LifecycleTable } from './lifecycle-table';
import { modelledNote } from './modelled-note';
import type { RetentionView } from './use-retention-view';

const TITLE = 'Lifecycle';
const WHY = 'Lifecycle follows each user from week to week';
const EXPORT_COLUMNS = [
  'platform',
  'week_start',
  'complete_week',
  'new_users',
  'returning_users',
  'resurrecting_users',
  'dormant_users',
  'active_users',
  'quick_ratio',
  'region',
  'data_source',
  'modelled',
] as const;

/** The platform's weeks as plain rows; dormant users are a positive count, as the column says. */
function exportRows(rows: readonly LifecycleRow[], region: string) {
  return rows.map((r) => ({
    platform: r.platform,
    week_start: isoDay(r.week),
    complete_week: r.complete,
    new_users: r.new_users,
    returning_users: r.returning_users,
    resurrecting_users: r.resurrecting_users,
    dormant_users: r.dormant_users,
    active_users: activeUsers(r),
    quick_ratio: quickRatio(r),
    region,
    data_source: 'raw events',
    modelled: r.modelled,
  }));
}

/** The quick ratio of the last complete weeks, in words. */
function RecentRatio({ rows }: { rows: readonly LifecycleRow[] }) {
  const { weeks, ratio } = recentQuickRatio(rows);
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return <p>No complete week yet: the quick ratio needs one.</p>;
  const span = `the ${weeks.length === 1 ? 'week' : `${weeks.length} weeks`} from ${formatDay(first.week)} to ${formatDay(last.week.getTime() + 6 * DAY_MS)}`;
  if (ratio === null) return <p>Quick ratio over {span}: none, nobody went dormant.</p>;
  const verdict = ratio >= 1 ? 'more users gained than lost' : 'fewer users gained than lost';
  return (
    <p data-recent-quick-ratio={ratio}>
      Quick ratio over {span}: <strong>{ratio.toFixed(2)}</strong> ({verdict}).
    </p>
  );
}

/**
 * Growth accounting from the activity log: per week, the platform's new, returning,
 * resurrecting and dormant users, for the platforms and region in view. Platforms with
 * cohort counts only are named, with what the panel needs from them.
 */
export function LifecyclePanel({ view, platforms }: { view: RetentionView; platforms: readonly string[] }) {
  const query = useLifecycle({ platforms: view.platforms, region: view.region });
  const logged = useRetentionOptions({ source: 'events' });
  const [chosen, setChosen] = useUrlParam(lifecyclePlatformParam);
  const figure = useRef<HTMLDivElement>(null);
  const rows = query.data ?? [];
  const withLog = sortPlatforms(rows.map((r) => r.platform));
  const loggedPlatforms = new Set((logged.data ?? []).map((o) => o.platform));
  const missing = logged.data ? platforms.filter((p) => !loggedPlatforms.has(p)) : [];
  const platform = withLog.includes(chosen) ? chosen : (withLog[0] ?? '');
  const shown = rows.filter((r) => r.platform === platform);
  const state = logged.isError ? 'error' : panelStateOf(query);
  return (
    <Panel
      title={TITLE}
      state={state}
      modelled={modelledNote(rows)}
      error={query.error ?? logged.error}
      emptyMessage={missing.length > 0 ? activityLogNeeded(WHY, missing) : 'No activity in the log for this selection.'}
      actions={
        <>
          <SelectField
            label="Platform"
            accessibleName="Lifecycle platform"
            value={platform}
            options={toOptions(withLog)}
            onChange={setChosen}
            disabled={withLog.length === 0}
          />
          <ExportButtons
            title={TITLE}
            rows={() => exportRows(shown, view.region)}
            columns={EXPORT_COLUMNS}
            chart={figure}
            fileParts={[platform, view.region === ALL_REGIONS ? null : view.region]}
            settings={() =>
              `Platform: ${platform} · Region: ${view.region === ALL_REGIONS ? 'all' : view.region} · Weeks: Monday to Sunday`
            }
            unavailable={shown.length === 0 ? 'No weeks to export for this selection.' : null}
          />
        </>
      }
      description={
        <>
          <p>
            Each week (Monday to Sunday) of the raw activity log, every user active in it is one of:{' '}
            <strong>new</strong>, active for the first time; <strong>returning</strong>, active the week before too;{' '}
            <strong>resurrecting</strong>, back after at least one inactive week. <strong>Dormant</strong> users were
            active the week before and not this week; they are drawn below zero. These are PostHog&apos;s and
            Amplitude&apos;s lifecycle definitions. The quick ratio is (new + resurrecting) ÷ dormant: above 1 the
            active base grows. The headline takes the last {RECENT_WEEKS} complete weeks; a last week the log ends in is
            marked partial.
          </p>
          <ActivityLogNeeded why={WHY} platforms={state === 'empty' ? [] : missing} />
        </>
      }
    >
      <RecentRatio rows={shown} />
      <div ref={figure}>
        <LifecycleChart platform={platform} rows={shown} />
      </div>
      <LifecycleTable platform={platform} rows={shown} />
    </Panel>
  );
}
