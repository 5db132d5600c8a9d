import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { regionOptionsQueryOptions } from '../api/adoption-options';
import { adoptionSeriesQueryOptions, type AdoptionParams } from '../api/adoption-series';
import { pageAdoptionSnapshot, SNAPSHOT_PARAMS, type AdoptionSnapshot } from '../api/adoption-snapshot';
import { useImportedFiles } from '../api/imported-files';
import { launchEventsQueryOptions } from '../api/launch-events';
import { platformCoverageQueryOptions } from '../api/platform-coverage';
import { diffSnapshot, sameRows, type SnapshotDifference } from '../model/snapshot-diff';

/** How the chart's rows stand against the build-time snapshot. */
export type SnapshotCheck =
  /** No snapshot for this view: the rows are the engine's, as always. */
  | { readonly kind: 'none' }
  /** The snapshot is drawn; the engine has not answered yet. */
  | { readonly kind: 'checking' }
  /** The engine returned exactly the snapshot's rows. */
  | { readonly kind: 'live'; readonly figures: number }
  /** The engine's rows differ (these); they are what is drawn. */
  | { readonly kind: 'differs'; readonly differences: readonly SnapshotDifference[] }
  /** The engine failed to answer; the snapshot's rows stay drawn where it did not. */
  | { readonly kind: 'failed'; readonly message: string };

/** What the section reads of a query: its rows and its state. */
export type QueryView<T> = Pick<
  UseQueryResult<T[]>,
  'data' | 'error' | 'isError' | 'isPending' | 'isFetching' | 'isStale'
>;

const sameParams = (a: AdoptionParams, b: AdoptionParams) =>
  a.measure === b.measure && a.region === b.region && a.aligned === b.aligned;

/** The first verdict on each snapshot: an import later changes the rows, not what the check found. */
const verdicts = new WeakMap<AdoptionSnapshot, SnapshotCheck>();

/** Whether an answer of the engine (by reference) equals the snapshot's rows of its query. */
const equalToSnapshot = new WeakMap<readonly object[], boolean>();

/**
 * The engine's rows, or the snapshot's very array when they are equal: the chart, its
 * legend and its table then see the same props and do not draw again (~100 ms of the
 * main thread each time, at the end of start-up) for rows already on screen.
 */
function sharedRows<T extends object>(live: T[] | undefined, snapshot: T[] | undefined): T[] | undefined {
  if (live === undefined || snapshot === undefined) return live;
  let same = equalToSnapshot.get(live);
  if (same === undefined) {
    same = sameRows(live, snapshot);
    equalToSnapshot.set(live, same);
  }
  return same ? snapshot : live;
}

/**
 * The Adoption panel's four queries. On the landing view, while the engine boots, each
 * shows the build-time snapshot's rows as placeholder (so the chart drawn into index.html
 * stays drawn, never a spinner); once all four have answered, their rows are compared with
 * the snapshot's. If the engine fails, the snapshot stays drawn and the check says why.
 */
export function useAdoptionQueries(params: AdoptionParams) {
  const snapshot = pageAdoptionSnapshot();
  const onSnapshot = snapshot !== null && sameParams(params, SNAPSHOT_PARAMS) ? snapshot : null;
  const series = useQuery({ ...adoptionSeriesQueryOptions(params), placeholderData: onSnapshot?.series });
  const events = useQuery({
    ...launchEventsQueryOptions({ region: params.region }),
    placeholderData: onSnapshot?.events,
  });
  const coverage = useQuery({ ...platformCoverageQueryOptions(), placeholderData: onSnapshot?.coverage });
  const regions = useQuery({ ...regionOptionsQueryOptions(), placeholderData: onSnapshot?.regions });
  const all = [series, events, coverage, regions];
  const failed = all.find((q) => q.isError);

  let check: SnapshotCheck = { kind: 'none' };
  if (onSnapshot && failed) {
    check = { kind: 'failed', message: failed.error instanceof Error ? failed.error.message : String(failed.error) };
  } else if (onSnapshot) {
    check = verdicts.get(onSnapshot) ?? { kind: 'checking' };
    if (check.kind === 'checking' && all.every((q) => q.isSuccess && !q.isPlaceholderData)) {
      const live = {
        series: series.data ?? [],
        events: events.data ?? [],
        coverage: coverage.data ?? [],
        regions: regions.data ?? [],
      };
      const differences = diffSnapshot(onSnapshot, live);
      check =
        differences.length === 0 ? { kind: 'live', figures: live.series.length } : { kind: 'differs', differences };
      verdicts.set(onSnapshot, check);
    }
  }

  /**
   * A query as the panel reads it: placeholder rows count as fresh, and where the engine
   * failed before answering this query, the snapshot's rows stay drawn.
   */
  const view = <T extends object>(q: UseQueryResult<T[]>, rows: T[] | undefined): QueryView<T> =>
    check.kind === 'failed' && rows && (q.isError || q.isPlaceholderData)
      ? { data: rows, error: null, isError: false, isPending: false, isFetching: false, isStale: false }
      : { ...pick(q), data: sharedRows(q.data, rows), isStale: q.isStale && !q.isPlaceholderData };
  // Why the rows may differ: the user's own files, asked only once they do.
  const importedFiles = useImportedFiles(check.kind === 'differs').data;
  return {
    seriesQuery: view(series, onSnapshot?.series),
    eventsQuery: view(events, onSnapshot?.events),
    coverageQuery: view(coverage, onSnapshot?.coverage),
    regionsQuery: view(regions, onSnapshot?.regions),
    check,
    importedFiles,
  };
}

function pick<T>(q: UseQueryResult<T[]>): QueryView<T> {
  const { data, error, isError, isPending, isFetching, isStale } = q;
  return { data, error, isError, isPending, isFetching, isStale };
}
