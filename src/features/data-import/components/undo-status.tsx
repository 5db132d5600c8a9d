import { useSyncExternalStore } from 'react';
import { pendingUndo, UNDO_WINDOW_MS, type PendingUndo } from '../api/pending-undo';
import { useUndoChange } from '../api/remove-dataset';
import { messageOf } from '../model/message-of';

const rowsOf = (n: number) => `${n.toLocaleString('en')} row${n === 1 ? '' : 's'}`;

/** What the last change did, in the words of its Undo. */
function said(change: PendingUndo): string {
  const { file_name: file, rows } = change.entry;
  return change.action === 'removed'
    ? `Removed ${file} (${rowsOf(rows)}).`
    : `Replaced ${file} (${rowsOf(rows)}) with a newer version.`;
}

/**
 * The last Remove or Replace, with Undo, for as long as it can be undone (30 s, or until
 * the next change to the datasets); then what Undo did, or why it could not.
 */
export function UndoStatus() {
  const { pending, undone } = useSyncExternalStore(pendingUndo.subscribe, pendingUndo.get);
  const undo = useUndoChange();
  return (
    <div role="status" aria-label="Last change">
      {pending ? (
        <p>
          {said(pending)}{' '}
          <button type="button" disabled={undo.isPending} onClick={() => undo.mutate()}>
            Undo
          </button>{' '}
          <span className="chart-note">
            (for {Math.round(UNDO_WINDOW_MS / 1000)} seconds, or until the next change)
          </span>
        </p>
      ) : null}
      {undone ? (
        <p>
          Undone: {undone.entry.file_name} ({rowsOf(undone.entry.rows)}) is back
          {undone.replacedBy !== undefined ? ' and the newer version is removed' : ''}.
        </p>
      ) : null}
      {undo.isError ? (
        <p className="panel-error" role="alert">
          Could not undo: {messageOf(undo.error)}. Nothing was changed.
        </p>
      ) : null}
    </div>
  );
}
