import { isoDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf, type PanelState } from '../../../lib/ui/panel';
import { SelectField, toOptions, type SelectOption } from '../../../lib/ui/select-field';
import { useCohortHeatmap, type CohortCellRow } from '../api/cohort-heatmap';
import { ALL_REGIONS, PERIOD_DAYS, type CohortGrain } from '../api/retention-filters';
import { wilson } from '../model/wilson';
import { CohortHeatmapGrid } from './cohort-heatmap-grid';
import { modelledProps } from './modelled-note';
import { RetentionDefinition } from './retention-controls';
import { MIN_COHORT_USERS, type RetentionView } from './use-retention-view';

const TITLE = 'Cohort heatmap';
const GRAINS: readonly SelectOption<CohortGrain>[] = [
  { value: 'week', label: 'Weekly' },
  { value: 'month', label: 'Monthly' },
];

/**
 * One row per heatmap cell (cohort × period). Retention is a 0–1 share with its 95% Wilson
 * interval, empty where the cell is not yet observable (never 0, as on screen).
 */
function exportRows(cells: readonly CohortCellRow[], platform: string, view: RetentionView) {
  return cells.map((c) => {
    const interval = c.observable && c.active !== null ? wilson(c.active, c.cohort_users) : null;
    return {
      platform,
      cohort_grain: view.grain,
      cohort_start: isoDay(c.cohort),
      cohort_users: c.cohort_users,
      small_cohort: c.small,
      period: c.period,
      day_offset: c.day_offset,
      observable: c.observable,
      active_users: c.observable ? c.active : null,
      retention: c.observable ? c.rate : null,
      retention_low_95: interval?.low ?? null,
      retention_high_95: interval?.high ?? null,
      retention_mode: view.mode,
      region: view.region,
      data_source: view.source,
      modelled: c.modelled,
      partial_cohort: c.partial,
      cohort_end: isoDay(c.cohort_end),
      data_signups_end: isoDay(c.signups_end),
    };
  });
}

/** With no platform to show: loading (or failed) while the platforms are still being listed, else empty. */
export function noPlatformState(listing: Parameters<typeof panelStateOf>[0]): PanelState {
  const state = panelStateOf(listing);
  return state === 'ready' ? 'empty' : state;
}

/** The cohort triangle of one platform, weekly or monthly. */
export function CohortHeatmapPanel({
  view,
  platforms,
  listing,
}: {
  view: RetentionView;
  platforms: readonly string[];
  /** The query that lists the platforms: until it has answered, no platform is not the same as none in the data. */
  listing: { isPending: boolean; isError: boolean; error: Error | null; data?: readonly unknown[] | undefined };
}) {
  const platform = platforms.includes(view.heatmapPlatform) ? view.heatmapPlatform : (platforms[0] ?? '');
  const query = useCohortHeatmap({
    source: view.source,
    platform,
    region: view.region,
    mode: view.mode,
    grain: view.grain,
    minCohort: MIN_COHORT_USERS,
  });
  const days = PERIOD_DAYS[view.grain];
  return (
    <Panel
      title={TITLE}
      state={platform === '' ? noPlatformState(listing) : panelStateOf(query)}
      {...modelledProps((query.data ?? []).map((c) => ({ platform, modelled: c.modelled })))}
      error={platform === '' ? listing.error : query.error}
      emptyMessage="No cohorts for this selection."
      actions={
        <>
          <SelectField
            label="Platform"
            accessibleName="Heatmap platform"
            value={platform}
            options={toOptions(platforms)}
            onChange={view.setHeatmapPlatform}
          />
          <SelectField
            label="Cohorts"
            accessibleName="Cohort grain"
            value={view.grain}
            options={GRAINS}
            onChange={view.setGrain}
          />
          <ExportButtons
            title={TITLE}
            rows={() => exportRows(query.data ?? [], platform, view)}
            fileParts={[platform, view.region === ALL_REGIONS ? 'all regions' : view.region, view.mode, view.grain]}
            unavailable={(query.data ?? []).length === 0 ? 'Nothing to export: no cohorts in this view.' : null}
          />
        </>
      }
      description={
        <>
          <RetentionDefinition mode={view.mode} />
          <p>
            Rows: users grouped by the {view.grain} they signed up in. Column {view.grain === 'week' ? 'W' : 'M'}k:
            retention on day k × {days} after each user&apos;s signup, in %; the darkest shade is the highest share
            after
            {view.grain === 'week' ? ' W' : ' M'}0 (which is 100% by definition). Hatched cells are not yet observable
            (some of the cohort signed up less than that many days before the data ends); cohorts under{' '}
            {MIN_COHORT_USERS} users are flagged (small). A cohort whose {view.grain} runs past the data&apos;s last
            signup day is marked (partial): it holds only the users who had joined by then, so its size is not a fall in
            signups, and its shares count those users alone (as the analytics suites do, it is marked, not left out).
            Each cell&apos;s title gives its 95% Wilson interval; cells whose interval is wider than 20 points are
            faded: too few users to read them on their own.
          </p>
        </>
      }
    >
      <CohortHeatmapGrid cells={query.data ?? []} grain={view.grain} platform={platform} />
    </Panel>
  );
}
