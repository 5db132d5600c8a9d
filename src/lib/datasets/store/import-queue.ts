/** A queue: each `work` starts after every one queued before it has finished (failed ones included). */
function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Imports run one at a time. Two staging reads at once would compete for the single
 * engine worker, and two imports of one kind could each check duplicates against
 * datasets the other is about to add.
 */
export const serialiseImport = createQueue();

let datasetChanges = 0;
const datasetQueue = createQueue();

/**
 * Changes to the set of datasets (publishing one, removing one) run one at a time: each
 * redefines a live view from the registry in its own transaction, and two such
 * transactions at once would conflict in DuckDB's catalog. A removal waits only for a
 * publish (milliseconds), never for an import's long read.
 */
export function serialiseDatasetChange<T>(work: () => Promise<T>): Promise<T> {
  return datasetQueue(async () => {
    datasetChanges += 1;
    try {
      return await work();
    } finally {
      datasetChanges += 1;
    }
  });
}

/**
 * Work that must not overlap a change to the set of datasets but changes none: a publish
 * rehearsed and rolled back (commit.ts, `rehearseCommit`). Queued with the changes, since
 * its transaction touches the same catalog, but not counted by `datasetChangeCount`.
 */
export function queueWithDatasetChanges<T>(work: () => Promise<T>): Promise<T> {
  return datasetQueue(work);
}

/**
 * A count that moves whenever a change to the set of datasets starts or ends: what was
 * read from the registry while it stayed the same is still what the registry holds.
 */
export function datasetChangeCount(): number {
  return datasetChanges;
}
