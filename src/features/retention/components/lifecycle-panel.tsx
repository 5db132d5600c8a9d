import { useRef } from 'react';
import { sortPlatforms } from '../../../lib/platforms';
import { formatDay, formatMonth, isoDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { SelectField, toOptions, type SelectOption } from '../../../lib/ui/select-field';
import { useUrlParam } from '../../../lib/url/use-url-param';
import { ALL_REGIONS } from '../api/retention-filters';
import { useLifecycle, type LifecycleRow } from '../api/lifecycle';
import { useRetentionOptions } from '../api/retention-options';
import { activeUsers, quickRatio, recentQuickRatio, type LifecycleGrain } from '../model/lifecycle';
import { lifecycleGrainParam, lifecyclePlatformParam } from '../url-params';
import { ActivityLogNeeded, activityLogNeeded } from './activity-log-needed';
import { LifecycleChart } from './lifecycle-chart';
import { LifecycleDefinitions, PERIOD_WORDS } from './lifecycle-definitions';
import { LifecycleTable } from './lifecycle-table';
import { modelledProps } from './modelled-note';
import type { RetentionView } from './use-retention-view';

const TITLE = 'Lifecycle';
const WHY = 'Lifecycle follows each user from period to period';
const GRAINS: readonly SelectOption<LifecycleGrain>[] = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];
const EXPORT_COLUMNS = [
  'platform',
  'period',
  'period_start',
  'complete_period',
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

/** The platform's periods as plain rows; dormant users are a positive count, as the column says. */
function exportRows(rows: readonly LifecycleRow[], grain: LifecycleGrain, region: string) {
  return rows.map((r) => ({
    platform: r.platform,
    period: grain,
    period_start: isoDay(r.period),
    complete_period: r.complete,
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

/** The last day of a period starting on `start`. */
function periodEnd(grain: LifecycleGrain, start: Date): Date {
  if (grain === 'day') return start;
  if (grain === 'week') return new Date(start.getTime() + 6 * 86_400_000);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
}

/** The quick ratio of the last complete periods, in words. */
function RecentRatio({ rows, grain }: { rows: readonly LifecycleRow[]; grain: LifecycleGrain }) {
  const { periods, ratio } = recentQuickRatio(rows, grain);
  const words = PERIOD_WORDS[grain];
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return <p>No complete {words.one} yet: the quick ratio needs one.</p>;
  const span =
    grain === 'month' && periods.length === 1
      ? formatMonth(first.period)
      : `the ${periods.length === 1 ? words.one : `${periods.length} ${words.many}`} from ${formatDay(first.period)} to ${formatDay(periodEnd(grain, last.period))}`;
  if (ratio === null) return <p>Quick ratio over {span}: none, nobody went dormant.</p>;
  const verdict = ratio >= 1 ? 'more users gained than lost' : 'fewer users gained than lost';
  return (
    <p data-recent-quick-ratio={ratio}>
      Quick ratio over {span}: <strong>{ratio.toFixed(2)}</strong> ({verdict}).
    </p>
  );
}

/**
 * Growth accounting from the activity log: per day, week or month, the platform's new,
 * returning, resurrecting and dormant users, for the platforms and region in view.
 * Platforms with cohort counts only are named, with what the panel needs from them.
 */
export function LifecyclePanel({ view, platforms }: { view: RetentionView; platforms: readonly string[] }) {
  const [grain, setGrain] = useUrlParam(lifecycleGrainParam);
  const query = useLifecycle({ platforms: view.platforms, region: view.region, grain });
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
      {...modelledProps(rows)}
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
          <SelectField
            label="Period"
            accessibleName="Lifecycle period"
            value={grain}
            options={GRAINS}
            onChange={setGrain}
          />
          <ExportButtons
            title={TITLE}
            rows={() => exportRows(shown, grain, view.region)}
            columns={EXPORT_COLUMNS}
            chart={figure}
            fileParts={[platform, view.region === ALL_REGIONS ? null : view.region, grain]}
            settings={() =>
              `Platform: ${platform} · Region: ${view.region === ALL_REGIONS ? 'all' : view.region} · ${PERIOD_WORDS[grain].span}`
            }
            unavailable={shown.length === 0 ? `No ${PERIOD_WORDS[grain].many} to export for this selection.` : null}
          />
        </>
      }
      description={
        <>
          <LifecycleDefinitions grain={grain} />
          <ActivityLogNeeded why={WHY} platforms={state === 'empty' ? [] : missing} />
        </>
      }
    >
      <RecentRatio rows={shown} grain={grain} />
      <div ref={figure}>
        <LifecycleChart platform={platform} rows={shown} grain={grain} />
      </div>
      <LifecycleTable platform={platform} rows={shown} grain={grain} />
    </Panel>
  );
}
