import { skipToken, useQuery } from '@tanstack/react-query';
import { listEvents, type EventList } from '../../../lib/datasets/shapes/activity-log-events';
import type { ImportPlan } from '../../../lib/datasets/ingest/import-csv';
import { useReadyDb } from '../../../lib/query/use-ready-db';

/** A number per file, for query keys: a File itself has no key of its own. */
const fileIds = new WeakMap<Blob, number>();
let nextId = 0;
function fileId(file: Blob): number {
  let id = fileIds.get(file);
  if (id === undefined) {
    id = ++nextId;
    fileIds.set(file, id);
  }
  return id;
}

/**
 * Every event name of an activity log being imported, with its row count, read from the
 * whole file while its settings are shown (`listEvents`). Leaving the settings (Import,
 * Cancel) cancels a read still running, so it never holds up the import itself.
 */
export function useEventList(file: Blob, plan: ImportPlan) {
  const readyDb = useReadyDb();
  const { shape, dialect, sourceNames } = plan;
  const event = shape.kind === 'activity-log' ? shape.event : null;
  return useQuery<EventList>({
    queryKey: ['import-events', fileId(file), event, sourceNames.length, dialect],
    queryFn:
      event === null
        ? skipToken
        : async ({ signal }) =>
            listEvents(await readyDb(), { file, dialect, fieldCount: sourceNames.length, event, signal }),
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
}
