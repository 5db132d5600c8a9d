/**
 * Imports run one at a time. Two staging reads at once would compete for the single
 * engine worker, and two merges into the same live table could each check duplicates
 * against a table the other is about to change.
 */
let tail: Promise<unknown> = Promise.resolve();

/** Run `work` after every import queued before it has finished (failed ones included). */
export function serialiseImport<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}
