import { useSyncExternalStore } from 'react';
import type { DatasetEntry } from '../../../lib/datasets/store/registry';
import { useDatasets } from '../api/datasets';
import { pendingUndo } from '../api/pending-undo';
import { useRemoveDataset, useUndoChange } from '../api/remove-dataset';
import { messageOf } from '../model/message-of';

export interface ImportUndoProps {
  readonly datasetId: string;
  readonly fileName: string;
  /** The live view the rows went into. */
  readonly table: string;
  /** The dataset the import replaced, if it did. */
  readonly replaced: DatasetEntry | undefined;
}

/**
 * The card's Undo after an import: it puts back the dataset the import replaced while
 * that can still be undone, and otherwise removes what was just imported (itself undoable
 * from the Datasets list). Once the rows are gone it says so instead.
 */
export function ImportUndo({ datasetId, fileName, table, replaced }: ImportUndoProps) {
  const { pending } = useSyncExternalStore(pendingUndo.subscribe, pendingUndo.get);
  const datasets = useDatasets();
  const remove = useRemoveDataset();
  const undo = useUndoChange();
  const loaded = datasets.data === undefined || datasets.data.some((d) => d.dataset_id === datasetId);
  if (!loaded) return <p className="chart-note">These rows are no longer loaded.</p>;
  const putsBack = replaced && pending?.replacedBy === datasetId ? replaced : null;
  const error = remove.error ?? undo.error;
  return (
    <p>
      <button
        type="button"
        aria-label={`Undo the import of ${fileName}`}
        disabled={remove.isPending || undo.isPending}
        onClick={() => (putsBack ? undo.mutate() : remove.mutate({ datasetId, table, fileName }))}
      >
        Undo
      </button>{' '}
      <span className="chart-note">
        {putsBack
          ? `puts ${putsBack.file_name} back as it was and removes these rows.`
          : 'removes the rows just imported.'}
      </span>
      {error ? (
        <span className="panel-error" role="alert">
          {' '}
          Could not undo: {messageOf(error)}. Nothing was changed.
        </span>
      ) : null}
    </p>
  );
}
