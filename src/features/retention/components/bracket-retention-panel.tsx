import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { useUrlParam } from '../../../lib/url/use-url-param';
import { useBracketRetention, type BracketRetentionRow } from '../api/bracket-retention';
import { ALL_REGIONS } from '../api/retention-filters';
import { useRetentionOptions } from '../api/retention-options';
import {
  bracketLabel,
  DEFAULT_BRACKET_LIST,
  DEFAULT_BRACKETS,
  parseBrackets,
  type DayBracket,
} from '../model/brackets';
import { wilson } from '../model/wilson';
import { bracketsParam } from '../url-params';
import { ActivityLogNeeded, activityLogNeeded } from './activity-log-needed';
import { BracketRetentionTable } from './bracket-retention-table';
import { BracketsForm } from './brackets-form';
import { modelledProps } from './modelled-note';
import type { RetentionView } from './use-retention-view';

const TITLE = 'Retention by day bracket';
const WHY = 'A bracket counts each user once however many of its days they were active';
const EXPORT_COLUMNS = [
  'platform',
  'bracket',
  'first_day',
  'last_day',
  'users',
  'active_users',
  'retention',
  'retention_low_95',
  'retention_high_95',
  'region',
  'data_source',
  'modelled',
] as const;

function exportRows(rows: readonly BracketRetentionRow[], brackets: readonly DayBracket[], region: string) {
  return rows.map((r) => {
    const interval = wilson(r.active, r.users);
    return {
      platform: r.platform,
      bracket: bracketLabel(brackets[r.bracket] ?? r),
      first_day: r.lo,
      last_day: r.hi,
      users: r.users,
      active_users: r.active,
      retention: r.retention,
      retention_low_95: interval?.low ?? null,
      retention_high_95: interval?.high ?? null,
      region,
      data_source: 'raw events',
      modelled: r.modelled,
    };
  });
}

/**
 * Retention in the analyst's own brackets of days since signup (Amplitude's "Return On
 * (Custom)"), from the activity log, for the platforms and region in view; the brackets
 * live in the URL.
 */
export function BracketRetentionPanel({ view, platforms }: { view: RetentionView; platforms: readonly string[] }) {
  const [text, setText] = useUrlParam(bracketsParam);
  const parsed = parseBrackets(text);
  const brackets = parsed.ok ? parsed.brackets : DEFAULT_BRACKET_LIST;
  const query = useBracketRetention({ platforms: view.platforms, region: view.region, brackets });
  const logged = useRetentionOptions({ source: 'events' });
  const loggedPlatforms = new Set((logged.data ?? []).map((o) => o.platform));
  const missing = logged.data ? platforms.filter((p) => !loggedPlatforms.has(p)) : [];
  const rows = query.data ?? [];
  const state = logged.isError ? 'error' : panelStateOf(query);
  return (
    <Panel
      title={TITLE}
      state={state}
      {...modelledProps(rows)}
      error={query.error ?? logged.error}
      emptyMessage={
        missing.length > 0 ? activityLogNeeded(WHY, missing) : 'No cohort observed through these brackets yet.'
      }
      actions={
        <ExportButtons
          title={TITLE}
          rows={() => exportRows(rows, brackets, view.region)}
          columns={EXPORT_COLUMNS}
          fileParts={[view.region === ALL_REGIONS ? null : view.region]}
          unavailable={rows.length === 0 ? 'No brackets to export for this selection.' : null}
        />
      }
      description={
        <>
          <p>
            A user is retained in a bracket when active on any of its days since signup (day 0 is the signup day), so a
            user active on three days of it counts once. Each bracket counts only the cohorts the log has followed
            through its last day. In brackets: the 95% Wilson interval. Write days or ranges separated by commas, such
            as 0,1-7,8-30 (up to 12, days 0–365).
          </p>
          <BracketsForm key={text} value={text} onApply={setText} />
          {parsed.ok ? null : (
            <p className="panel-error" role="alert">
              The brackets in the link cannot be read ({parsed.message}) The table shows the default, {DEFAULT_BRACKETS}
              .
            </p>
          )}
          <ActivityLogNeeded why={WHY} platforms={state === 'empty' ? [] : missing} />
        </>
      }
    >
      <BracketRetentionTable brackets={brackets} rows={rows} />
    </Panel>
  );
}
