import type { DatasetEntry } from '../../../lib/datasets/store/registry';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { useDatasets } from '../api/datasets';
import { useRemoveDataset } from '../api/remove-dataset';
import { formatFull } from '../../../lib/format-number';
import { formatLoadedAt } from '../model/format-time';
import { messageOf } from '../model/message-of';
import { UndoStatus } from './undo-status';

/** Every loaded dataset, bundled or imported, with a Remove button for imports and Undo for the last change. */
export function DatasetsPanel() {
  const query = useDatasets();
  const remove = useRemoveDataset();
  const removing = remove.isPending ? remove.variables.datasetId : null;
  const columns: readonly DataColumn<DatasetEntry>[] = [
    { id: 'origin', header: 'Source', cell: (d) => d.origin },
    { id: 'file', header: 'File', cell: (d) => d.file_name },
    { id: 'table', header: 'Table', cell: (d) => d.table_name },
    { id: 'rows', header: 'Rows', cell: (d) => formatFull(d.rows), numeric: true },
    { id: 'loaded', header: 'Loaded (UTC)', cell: (d) => formatLoadedAt(d.loaded_at) },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      cell: (d) =>
        d.origin === 'imported' ? (
          <button
            type="button"
            disabled={removing === d.dataset_id}
            aria-label={`Remove ${d.file_name}`}
            onClick={() => remove.mutate({ datasetId: d.dataset_id, table: d.table_name, fileName: d.file_name })}
          >
            Remove
          </button>
        ) : null,
    },
  ];
  return (
    <Panel
      title="Datasets"
      state={panelStateOf(query)}
      error={query.error}
      emptyMessage="No datasets are loaded."
      // Outside the panel's body, which redraws while the list reloads after each change.
      description={<UndoStatus />}
    >
      {remove.isError ? (
        <p className="panel-error" role="alert">
          Could not remove {remove.variables.fileName}: {messageOf(remove.error)}. Nothing was changed.
        </p>
      ) : null}
      <DataTable
        label="Datasets"
        columns={columns}
        rows={query.data ?? []}
        rowKey={(d) => d.dataset_id}
        rowProps={(d) => ({ 'data-dataset': d.dataset_id })}
      />
    </Panel>
  );
}
