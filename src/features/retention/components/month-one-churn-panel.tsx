import { sortPlatforms } from '../../../lib/platforms';
import { isoDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { useMonthOneChurn, type MonthOneChurnRow } from '../api/month-one-churn';
import { useReportedChurn, type ReportedChurnRow } from '../api/reported-churn';
import { ALL_REGIONS } from '../api/retention-filters';
import { modelledProps } from './modelled-note';
import { MonthOneChurnTable } from './month-one-churn-table';
import type { RetentionView } from './use-retention-view';

const TITLE = 'Month-one churn';
/**
 * Columns of the CSV export. A `cohort` row is a platform's first-cohort churn (the
 * table's main columns); a `reported` row is one reported figure shown beside it.
 */
const EXPORT_COLUMNS = [
  'platform',
  'figure',
  'first_cohort_start',
  'first_cohort_end',
  'cohort_users',
  'churn',
  'churn_unbounded',
  'data_source',
  'region',
  'modelled',
  'reported_metric',
  'reported_value',
  'reported_date',
  'reported_coverage',
  'reported_source',
] as const;

/** The table as plain rows, in its platform order: each platform's cohort churn, then its reported figures. */
function exportRows(rows: readonly MonthOneChurnRow[], reported: readonly ReportedChurnRow[], view: RetentionView) {
  return sortPlatforms(rows.map((r) => r.platform)).flatMap((platform) => {
    const r = rows.find((x) => x.platform === platform)!;
    return [
      {
        platform,
        figure: 'cohort',
        first_cohort_start: isoDay(r.launch_start),
        first_cohort_end: isoDay(r.launch_end),
        cohort_users: r.cohort_users,
        churn: r.churn,
        churn_unbounded: r.churn_unbounded,
        data_source: view.source,
        region: view.region,
        modelled: r.modelled,
      },
      ...reported
        .filter((f) => f.platform === platform)
        .map((f) => ({
          platform,
          figure: 'reported',
          reported_metric: f.metric,
          reported_value: f.value,
          reported_date: isoDay(f.date),
          reported_coverage: f.coverage,
          reported_source: f.source,
        })),
    ];
  });
}

/** Month-one churn per platform in the data (imported platforms too), reported figures beside it. */
export function MonthOneChurnPanel({ view }: { view: RetentionView }) {
  const churn = useMonthOneChurn({ source: view.source, region: view.region });
  const reported = useReportedChurn();
  // The reported figures are global; beside a single region's cohorts they would mislead.
  const figures = view.region === ALL_REGIONS ? (reported.data ?? []) : [];
  const state = reported.isError ? 'error' : reported.isPending ? 'loading' : panelStateOf(churn);
  const modelledPanel = modelledProps(churn.data ?? []);
  const { modelled } = modelledPanel;
  const source = view.source === 'events' ? 'raw events' : 'cohorts';
  return (
    <Panel
      title={TITLE}
      state={state}
      {...modelledPanel}
      error={churn.error ?? reported.error}
      actions={
        <ExportButtons
          title={TITLE}
          rows={() => exportRows(churn.data ?? [], figures, view)}
          columns={EXPORT_COLUMNS}
          fileParts={[view.region === ALL_REGIONS ? 'all regions' : view.region, source]}
          unavailable={(churn.data ?? []).length === 0 ? 'Nothing to export: no cohorts in this view.' : null}
        />
      }
      emptyMessage="No cohorts for this selection."
      description={
        <p>
          Churn = 1 − day-30 retention of each platform&apos;s first cohorts: the users who signed up in the first 7
          days of the platform&apos;s data{view.region === ALL_REGIONS ? '' : ` in ${view.region}`}. They are a launch
          week only where a platform&apos;s data starts at its launch (in the bundled data, Threads&apos; alone). The
          reported figures compare daily active users with their launch peak, or quote a statement: they are not cohort
          churn.
        </p>
      }
    >
      <MonthOneChurnTable
        rows={churn.data ?? []}
        reported={figures}
        sourceLabel={modelled ? `modelled ${source}` : source}
      />
    </Panel>
  );
}
