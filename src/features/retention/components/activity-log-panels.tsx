import { Panel } from '../../../lib/ui/panel';
import { useActivityLogGate } from '../hooks/use-activity-log-gate';
import { activityLogNeeded } from './activity-log-needed';
import { BracketRetentionPanel } from './bracket-retention-panel';
import { LifecyclePanel } from './lifecycle-panel';
import { curvesParams } from './retention-curves-panel';
import { StickinessPanel } from './stickiness-panel';
import type { RetentionView } from './use-retention-view';

/** The panels' titles, for their places while they are held back. */
const TITLES = ['Retention by day bracket', 'Lifecycle', 'Stickiness'] as const;
const WHY = "These panels follow each user's own active days";

/**
 * The panels over activity logs (brackets, lifecycle, stickiness), mounted only when a
 * platform in view has a log and after the curves are drawn (see use-activity-log-gate.ts),
 * so a view of cohort counts only never prepares the log, and the first charts never wait
 * for it. Meanwhile each keeps its place and title, loading or saying why it is empty.
 */
export function ActivityLogPanels({ view, platforms }: { view: RetentionView; platforms: readonly string[] }) {
  const gate = useActivityLogGate(platforms, curvesParams(view));
  if (gate.open) {
    return (
      <>
        <BracketRetentionPanel view={view} platforms={platforms} />
        <LifecyclePanel view={view} platforms={platforms} />
        <StickinessPanel view={view} platforms={platforms} />
      </>
    );
  }
  return (
    <>
      {TITLES.map((title) => (
        <Panel
          key={title}
          title={title}
          state={gate.state}
          error={gate.error}
          emptyMessage={activityLogNeeded(WHY, gate.missing)}
          description={
            gate.state === 'loading' ? <p>Read from the activity log once the retention curves are drawn.</p> : null
          }
        />
      ))}
    </>
  );
}
