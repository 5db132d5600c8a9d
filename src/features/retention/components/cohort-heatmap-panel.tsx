import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { useCohortHeatmap } from '../api/cohort-heatmap';
import { COHORT_GRAINS, PERIOD_DAYS, type CohortGrain } from '../api/retention-filters';
import { CohortHeatmapGrid } from './cohort-heatmap-grid';
import { RetentionDefinition } from './retention-controls';
import { MIN_COHORT_USERS, type RetentionView } from './use-retention-view';

/** The cohort triangle of one platform, weekly or monthly. */
export function CohortHeatmapPanel({ view, platforms }: { view: RetentionView; platforms: readonly string[] }) {
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
      title="Cohort heatmap"
      state={platform === '' ? 'empty' : panelStateOf(query)}
      error={query.error}
      emptyMessage="No cohorts for this selection."
      actions={
        <>
          <label>
            Platform{' '}
            <select aria-label="Heatmap platform" value={platform} onChange={(e) => view.setHeatmapPlatform(e.target.value)}>
              {platforms.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label>
            Cohorts{' '}
            <select aria-label="Cohort grain" value={view.grain} onChange={(e) => view.setGrain(e.target.value as CohortGrain)}>
              {COHORT_GRAINS.map((g) => (
                <option key={g} value={g}>
                  {g === 'week' ? 'Weekly' : 'Monthly'}
                </option>
              ))}
            </select>
          </label>
        </>
      }
      description={
        <>
          <RetentionDefinition mode={view.mode} />
          <p>
            Rows: users grouped by the {view.grain} they signed up in. Column {view.grain === 'week' ? 'W' : 'M'}k: retention
            on day k × {days} after each user&apos;s signup, in %. Hatched cells are not yet observable (some of the cohort
            signed up less than that many days before the data ends); cohorts under {MIN_COHORT_USERS} users are flagged
            (small).
          </p>
        </>
      }
    >
      <CohortHeatmapGrid cells={query.data ?? []} grain={view.grain} platform={platform} />
    </Panel>
  );
}
