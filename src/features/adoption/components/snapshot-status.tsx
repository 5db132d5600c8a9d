import { formatCount } from '../../../lib/format-number';
import type { SnapshotCheck } from '../hooks/use-adoption-queries';
import { describeDifferences } from '../model/snapshot-diff';

/** Said while the build-time snapshot is drawn and the engine has not answered; index.html says the same. */
export const SNAPSHOT_CHECKING =
  'Snapshot of the bundled data taken at build time — checking it against the live engine…';

/**
 * Where the landing chart's rows come from: the build-time snapshot being checked, the
 * engine (and that it agreed), or the engine disagreeing, in a notice that names what
 * differs. Nothing when the view had no snapshot. With the user's own files among the
 * rows (`importedFiles`), a difference is expected: said as such, not as an alert.
 */
export function SnapshotStatus({
  check,
  importedFiles = [],
}: {
  check: SnapshotCheck;
  importedFiles?: readonly string[];
}) {
  switch (check.kind) {
    case 'none':
      return null;
    case 'checking':
      return (
        <p className="snapshot-status" role="status" data-check="checking">
          {SNAPSHOT_CHECKING}
        </p>
      );
    case 'live':
      return (
        <p className="snapshot-status" role="status" data-check="live">
          Live: {formatCount(check.figures, 'figure')} from the engine, the same as the build-time snapshot.
        </p>
      );
    case 'differs':
      return (
        <div
          className="snapshot-status"
          role={importedFiles.length > 0 ? 'status' : 'alert'}
          data-check={importedFiles.length > 0 ? 'differs-imports' : 'differs'}
        >
          <p>
            {importedFiles.length > 0
              ? `The chart now shows the live engine's rows, with your imported ${importedFiles.length === 1 ? 'file' : 'files'} (${importedFiles.join(', ')}); the snapshot drawn at build time held the bundled data only. What changed:`
              : "The live engine's rows differ from the snapshot drawn at build time; the chart now shows the engine's."}
          </p>
          <ul>
            {describeDifferences(check.differences).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      );
    case 'failed':
      return (
        <p className="snapshot-status" role="alert" data-check="failed">
          The engine could not answer ({check.message}), so this chart is the snapshot of the bundled data taken at
          build time.
        </p>
      );
  }
}
