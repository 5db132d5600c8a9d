import type { ImportPlan } from '../../../lib/datasets/ingest/import-csv';
import type { ImportShape } from '../../../lib/datasets/shapes/shape-types';
import { ActivityLogSettings } from './activity-log-settings';
import { RetentionExportSettings } from './retention-export-settings';
import { WideSeriesSettings } from './wide-series-settings';

export interface ShapeSettingsProps<S extends ImportShape> {
  readonly plan: ImportPlan;
  readonly shape: S;
  /** The file being imported: a setting may read it whole (an activity log's event names). */
  readonly file: Blob;
  /** Replace the plan's shape with a changed one (same kind). */
  readonly onShape: (shape: S) => void;
}

/** How a reshaped file is read (time zone, events, periods, ...), each choice shown and changeable before import. */
export function ShapeSettings({
  plan,
  file,
  onPlan,
}: {
  readonly plan: ImportPlan;
  readonly file: Blob;
  readonly onPlan: (plan: ImportPlan) => void;
}) {
  const { shape } = plan;
  switch (shape.kind) {
    case 'columns':
      return null;
    case 'activity-log':
      return (
        <ActivityLogSettings plan={plan} shape={shape} file={file} onShape={(s) => onPlan({ ...plan, shape: s })} />
      );
    case 'retention-export':
      return (
        <RetentionExportSettings plan={plan} shape={shape} file={file} onShape={(s) => onPlan({ ...plan, shape: s })} />
      );
    case 'wide-series':
      return (
        <WideSeriesSettings plan={plan} shape={shape} file={file} onShape={(s) => onPlan({ ...plan, shape: s })} />
      );
  }
}
