import { useSyncExternalStore } from 'react';
import { restoreReport } from '../lib/datasets/persist/restore';

/**
 * How this tab keeps imports, when it is not the usual way: a second tab of the app, or
 * a stored database that could not be read. Shown on every section, as it concerns them all.
 */
export function BootNotice() {
  const { notices } = useSyncExternalStore(restoreReport.subscribe, restoreReport.get);
  if (notices.length === 0) return null;
  return (
    <div className="missing-data-notice" role="status" aria-label="Stored imports">
      {notices.map((notice, i) => (
        <p key={i}>{notice}</p>
      ))}
    </div>
  );
}
