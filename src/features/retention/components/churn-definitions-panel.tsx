import './churn-definitions.css';
import { sortPlatforms } from '../../../lib/platforms';
import { isoDay } from '../../../lib/time/day';
import { ExportButtons } from '../../../lib/ui/export-buttons';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { SelectField, toOptions } from '../../../lib/ui/select-field';
import { useChurnDefinitions, type ChurnDefinitionsRow } from '../api/churn-definitions';
import { useReportedChurn, type ReportedChurnRow } from '../api/reported-churn';
import { ALL_REGIONS } from '../api/retention-filters';
import { useBaseline } from '../hooks/use-baseline';
import { CHURN_DEFINITIONS, churnFigure, claimsOf } from '../model/churn-definitions';
import { ChurnDefinitionsTable } from './churn-definitions-table';
import { modelledProps } from './modelled-note';
import type { RetentionView } from './use-retention-view';

const TITLE = 'Month-one churn by definition';
const EXPORT_COLUMNS = [
  'definition',
  'platform',
  'figure',
  'churn',
  'churn_low_95',
  'churn_high_95',
  'bound_low',
  'bound_high',
  'users',
  'reported_value',
  'reported_date',
  'reported_source',
  'data_source',
  'region',
  'modelled',
] as const;

/** Every figure of the table as a plain row, then each published claim in its definition's row. */
function exportRows(rows: readonly ChurnDefinitionsRow[], reported: readonly ReportedChurnRow[], view: RetentionView) {
  return CHURN_DEFINITIONS.flatMap((definition) => [
    ...rows.map((r) => {
      const f = churnFigure(r, definition);
      return {
        definition,
        platform: r.platform,
        figure: f.kind,
        churn: f.kind === 'share' || f.kind === 'ratio' ? f.value : null,
        churn_low_95: f.kind === 'share' ? (f.interval?.low ?? null) : null,
        churn_high_95: f.kind === 'share' ? (f.interval?.high ?? null) : null,
        bound_low: f.kind === 'bounds' ? f.low : null,
        bound_high: f.kind === 'bounds' ? f.high : null,
        users: r.cohort_users,
        data_source: view.source,
        region: view.region,
        modelled: r.modelled,
      };
    }),
    ...claimsOf(definition, reported).map((c) => ({
      definition,
      platform: c.platform,
      figure: 'reported',
      reported_value: c.value,
      reported_date: isoDay(c.date),
      reported_source: c.source,
    })),
  ]);
}

/** Month-one churn under five definitions per platform, published claims in the row of their definition. */
export function ChurnDefinitionsPanel({ view }: { view: RetentionView }) {
  const query = useChurnDefinitions({ source: view.source, region: view.region });
  const reported = useReportedChurn();
  const ordered = sortPlatforms((query.data ?? []).map((r) => r.platform)).flatMap((p) =>
    (query.data ?? []).filter((r) => r.platform === p),
  );
  const platforms = ordered.map((r) => r.platform);
  const [baseline, setBaseline] = useBaseline(platforms);
  // Published figures are global: beside one region's cohorts they would mislead.
  const claims = view.region === ALL_REGIONS ? (reported.data ?? []) : [];
  const state = reported.isError ? 'error' : reported.isPending ? 'loading' : panelStateOf(query);
  return (
    <Panel
      title={TITLE}
      state={state}
      {...modelledProps(ordered)}
      error={query.error ?? reported.error}
      emptyMessage="No cohorts for this selection."
      actions={
        <>
          <SelectField
            label="Compare to"
            accessibleName="Compare churn to"
            value={baseline}
            options={[{ value: '', label: 'No baseline' }, ...toOptions(platforms)]}
            onChange={setBaseline}
          />
          <ExportButtons
            title={TITLE}
            rows={() => exportRows(ordered, claims, view)}
            columns={EXPORT_COLUMNS}
            fileParts={[
              view.region === ALL_REGIONS ? 'all regions' : view.region,
              view.source === 'events' ? 'raw events' : 'cohorts',
            ]}
            unavailable={ordered.length === 0 ? 'Nothing to export: no cohorts in this view.' : null}
          />
        </>
      }
      description={
        <p>
          The same month, five ways. The first three count the first cohorts (signups in the first 7 days of each
          platform&apos;s data{view.region === ALL_REGIONS ? '' : ` in ${view.region}`}; a launch only where the data
          starts at one, as Threads&apos; does) on each user&apos;s own days; the last two read one calendar date, day
          30 of the data. In brackets: the 95% Wilson interval of a share of users. With a baseline, each share is
          tested against the baseline&apos;s by a two-proportion z-test on the users pooled across cohorts (users are
          what the shares count; a permutation over a handful of first cohorts would have too few arrangements to say
          anything). The DAU decline counts only the users in the data: where the data starts after a platform&apos;s
          launch (X), it misses everyone who joined before.
        </p>
      }
    >
      <ChurnDefinitionsTable rows={ordered} reported={claims} baseline={baseline} />
    </Panel>
  );
}
