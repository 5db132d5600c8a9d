import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { useMonthOneChurn } from '../api/month-one-churn';
import { useReportedChurn } from '../api/reported-churn';
import { ALL_REGIONS } from '../api/retention-filters';
import { MonthOneChurnTable } from './month-one-churn-table';
import type { RetentionView } from './use-retention-view';

/** Month-one churn per platform in the data (imported platforms too), reported figures beside it. */
export function MonthOneChurnPanel({ view }: { view: RetentionView }) {
  const churn = useMonthOneChurn({ source: view.source, region: view.region });
  const reported = useReportedChurn();
  // The reported figures are global; beside a single region's cohorts they would mislead.
  const figures = view.region === ALL_REGIONS ? (reported.data ?? []) : [];
  const state = reported.isError ? 'error' : reported.isPending ? 'loading' : panelStateOf(churn);
  return (
    <Panel
      title="Month-one churn"
      state={state}
      error={churn.error ?? reported.error}
      emptyMessage="No cohorts for this selection."
      description={
        <p>
          Churn = 1 − day-30 retention of each platform&apos;s launch cohorts: the users who signed up in the first 7 days
          of the platform&apos;s data{view.region === ALL_REGIONS ? '' : ` in ${view.region}`}. The bundled cohorts are
          modelled, calibrated to the reported figures (see data/README.md). The reported figures compare daily active users
          with their launch peak, or quote a statement: they are not cohort churn.
        </p>
      }
    >
      <MonthOneChurnTable
        rows={churn.data ?? []}
        reported={figures}
        sourceLabel={view.source === 'events' ? 'raw events' : 'modelled cohorts'}
      />
    </Panel>
  );
}
