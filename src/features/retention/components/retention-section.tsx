import './retention.css';
import { sortPlatforms } from '../../../lib/platforms';
import { useRetentionOptions } from '../api/retention-options';
import { ActivityLogPanels } from './activity-log-panels';
import { ChurnDefinitionsPanel } from './churn-definitions-panel';
import { CohortHeatmapPanel } from './cohort-heatmap-panel';
import { MonthOneChurnPanel } from './month-one-churn-panel';
import { RetentionControls } from './retention-controls';
import { RetentionCurvesPanel } from './retention-curves-panel';
import { useRetentionView } from './use-retention-view';

/** The Retention section: shared controls, then curves, the cohort heatmap, month-one churn and its definitions, custom brackets, lifecycle and stickiness. */
export function RetentionSection() {
  const view = useRetentionView();
  const options = useRetentionOptions({ source: view.source });
  const platforms = sortPlatforms((options.data ?? []).map((o) => o.platform));
  const regions = [...new Set((options.data ?? []).map((o) => o.region))].sort();
  const shown = view.platforms.length === 0 ? platforms : platforms.filter((p) => view.platforms.includes(p));
  return (
    <>
      <RetentionControls view={view} platforms={platforms} regions={regions} />
      <RetentionCurvesPanel view={view} />
      <CohortHeatmapPanel view={view} platforms={shown} listing={options} />
      <MonthOneChurnPanel view={view} />
      <ChurnDefinitionsPanel view={view} />
      <ActivityLogPanels view={view} platforms={shown} />
    </>
  );
}
