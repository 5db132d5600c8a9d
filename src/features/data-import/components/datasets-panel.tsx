import { useState } from 'react';
import { Panel, panelStateOf } from '../../../lib/ui/panel';
import { useDatasets } from '../api/datasets';
import { useImportActions } from '../api/import-actions';

const time = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

/** Every loaded dataset, bundled or imported, with a Remove button for imports. */
export function DatasetsPanel() {
  const query = useDatasets();
  const { remove } = useImportActions();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <Panel title="Datasets" state={panelStateOf(query)} error={query.error} emptyMessage="No datasets are loaded.">
      {error ? (
        <p className="panel-error" role="alert">
          {error}
        </p>
      ) : null}
      <table className="data-table" aria-label="Datasets">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">File</th>
            <th scope="col">Table</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col">Loaded (UTC)</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(query.data ?? []).map((d) => (
            <tr key={d.dataset_id} data-dataset={d.dataset_id}>
              <td>{d.origin}</td>
              <td>{d.file_name}</td>
              <td>{d.table_name}</td>
              <td className="num">{d.rows}</td>
              <td>{time(d.loaded_at)}</td>
              <td>
                {d.origin === 'imported' ? (
                  <button
                    type="button"
                    disabled={busy === d.dataset_id}
                    aria-label={`Remove ${d.file_name}`}
                    onClick={() => {
                      setBusy(d.dataset_id);
                      setError(null);
                      remove(d.dataset_id, d.table_name)
                        .catch((e: unknown) => setError(`Could not remove ${d.file_name}: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`))
                        .finally(() => setBusy(null));
                    }}
                  >
                    Remove
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
