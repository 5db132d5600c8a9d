import type { Inspection, ImportPlan, StagedImport } from '../../../lib/datasets/ingest/import-csv';

/** Where one file is in the import flow. */
export type ImportStep =
  | { readonly step: 'inspecting' }
  | { readonly step: 'plan'; readonly inspection: Inspection; readonly plan: ImportPlan }
  | { readonly step: 'staging'; readonly inspection: Inspection; readonly plan: ImportPlan; readonly progress: number | null; readonly started: number }
  | { readonly step: 'review'; readonly inspection: Inspection; readonly plan: ImportPlan; readonly staged: StagedImport; readonly started: number }
  | { readonly step: 'committing'; readonly plan: ImportPlan }
  | { readonly step: 'done'; readonly rows: number; readonly kind: string; readonly seconds: number; readonly warning: string | null }
  | { readonly step: 'cancelled' }
  | { readonly step: 'failed'; readonly message: string; readonly inspection?: Inspection; readonly plan?: ImportPlan };

/** Human file size: 1.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

