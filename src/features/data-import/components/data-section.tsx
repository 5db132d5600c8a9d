import { useSyncExternalStore } from 'react';
import { restoreReport } from '../../../lib/datasets/persist/restore';
import { DatasetsPanel } from './datasets-panel';
import { ImportPanel } from './import-panel';
import { SqlConsole } from './sql-console';

/** Says which stored imports could not be restored at start, so nothing disappears silently. */
function RestoreNotice() {
  const report = useSyncExternalStore(restoreReport.subscribe, restoreReport.get);
  if (report.dropped.length === 0) return null;
  return (
    <div className="panel-error" role="alert">
      <p>
        Some imports from an earlier visit could not be restored and were dropped; the bundled data is loaded as usual:
      </p>
      <ul>
        {report.dropped.map((d, i) => (
          <li key={i}>
            {d.fileName}: {d.reason}
          </li>
        ))}
      </ul>
      <p>Import the files again to bring them back.</p>
    </div>
  );
}

/** The Data section: import CSV files, list and remove datasets, and query them with SQL. */
export function DataSection() {
  return (
    <>
      <RestoreNotice />
      <ImportPanel />
      <DatasetsPanel />
      <SqlConsole />
    </>
  );
}
