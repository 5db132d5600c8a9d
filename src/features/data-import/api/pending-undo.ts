import type { Db } from '../../../lib/db/types';
import {
  deleteStoredImport,
  loadStoredImports,
  saveStoredImport,
  type StoredImport,
} from '../../../lib/datasets/persist/persist';
import { checkpointDatabase } from '../../../lib/db/folded-log';
import { storeFreshDatasets } from '../../../lib/datasets/persist/store-fresh';
import { dropDetached, restoreDataset } from '../../../lib/datasets/store/live-view';
import type { DatasetEntry } from '../../../lib/datasets/store/registry';

/** How long a Remove or a Replace can be undone. */
export const UNDO_WINDOW_MS = 30_000;

/** A Remove or Replace that can still be undone: the dataset set aside and its stored file. */
export interface PendingUndo {
  readonly action: 'removed' | 'replaced';
  /** The dataset set aside (its table is kept until the window ends). */
  readonly entry: DatasetEntry;
  /** Its stored file and plan, put back on Undo so a reload keeps it too; null when there was none. */
  readonly record: StoredImport | null;
  /** The dataset that replaced it, which Undo takes out again. */
  readonly replacedBy?: string;
}

/** The change that can be undone now, and the last one undone (for the status to say so). */
export interface UndoState {
  readonly pending: PendingUndo | null;
  readonly undone: PendingUndo | null;
}

let state: UndoState = { pending: null, undone: null };
let pending: PendingUndo | null = null;
let pendingDb: Db | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();
// Opening, ending and undoing run one at a time: a timeout and a click must not both act.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

function set(next: PendingUndo | null, db: Db | null, undone: PendingUndo | null = null): void {
  if (timer !== null) clearTimeout(timer);
  timer = next ? setTimeout(() => void endUndoWindow(), UNDO_WINDOW_MS) : null;
  pending = next;
  pendingDb = db;
  state = { pending: next, undone };
  listeners.forEach((l) => l());
}

/** The change that can be undone now and the last one undone, as an external store for React. */
export const pendingUndo = {
  get: (): UndoState => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

/** The stored file of an import (to put back on Undo), or null when the browser keeps none. */
export async function findStoredImport(id: string): Promise<StoredImport | null> {
  try {
    const all = await loadStoredImports();
    const found = all.find((r) => typeof r === 'object' && r !== null && (r as { id?: unknown }).id === id);
    return (found as StoredImport | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * End the undo window: the set-aside table is dropped and the change is final. The next
 * change to the datasets calls this first, so at most one change can be undone, the last.
 */
export function endUndoWindow(): Promise<void> {
  return serially(async () => {
    const [done, db] = [pending, pendingDb];
    // The status clears too: its "Undone: …" belongs to the change before this one.
    set(null, null);
    if (!done || !db) return;
    await dropDetached(db, done.entry);
    void checkpointDatabase(db);
  });
}

/** Open the undo window for a change just made (ending any earlier one's first). */
export async function openUndoWindow(db: Db, change: PendingUndo): Promise<void> {
  await endUndoWindow();
  set(change, db);
}

/**
 * Undo the pending change: the set-aside dataset is back in its list and view (the one
 * that replaced it leaves in the same transaction), and the browser's stored files agree,
 * so a reload shows the same. Returns what was undone, or null when the window had ended.
 */
export function undoPending(): Promise<PendingUndo | null> {
  return serially(async () => {
    const [change, db] = [pending, pendingDb];
    if (!change || !db) return null;
    await restoreDataset(db, change.entry, change.replacedBy);
    set(null, null, change);
    // The database is right already; a store the browser refuses only costs the next visit.
    if (change.replacedBy !== undefined) await deleteStoredImport(change.replacedBy).catch(() => undefined);
    if (change.record) await saveStoredImport(change.record).catch(() => undefined);
    // A dataset brought back may still be only in memory (an import undone before it was stored).
    void storeFreshDatasets(db);
    return change;
  });
}
