import type { Db } from '../../db/types';
import { mark } from '../../perf/mark';
import { DEFAULT_DIALECT } from '../detect/dialect';
import type { ImportPlan } from '../ingest/import-csv';
import { deleteStoredImport, loadStoredImports, type StoredImport } from './persist';
import { SCHEMAS, type DatasetKind } from '../store/schemas';

/** What start-up did with the stored imports. */
export interface RestoreReport {
  readonly restored: readonly string[];
  readonly dropped: readonly { readonly fileName: string; readonly reason: string }[];
  /** How this tab keeps imports, when the user should know (a second tab, a stored database that could not be read). */
  readonly notices: readonly string[];
}

let report: RestoreReport = { restored: [], dropped: [], notices: [] };
const listeners = new Set<() => void>();

/** The last restore's report, as an external store for React. */
export const restoreReport = {
  get: () => report,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Tell the user how this tab keeps imports (start-up calls it before restoring). */
export function reportStorageNotice(notice: string): void {
  report = { ...report, notices: [...report.notices, notice] };
  listeners.forEach((l) => l());
}

function isStoredImport(value: unknown): value is StoredImport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredImport> & { plan?: Partial<ImportPlan> };
  return (
    typeof v.id === 'string' &&
    typeof v.fileName === 'string' &&
    typeof v.importedAt === 'string' &&
    v.file instanceof Blob &&
    typeof v.plan?.kind === 'string' &&
    v.plan.kind in SCHEMAS &&
    Array.isArray(v.plan.columns) &&
    Array.isArray(v.plan.sourceNames) &&
    typeof v.plan.dialect === 'object'
  );
}

/** The ids of the imports whose files IndexedDB keeps, or null when it cannot be read. */
export async function storedImportIds(): Promise<ReadonlySet<string> | null> {
  try {
    return new Set((await loadStoredImports()).filter(isStoredImport).map((v) => v.id));
  } catch {
    return null;
  }
}

/**
 * Re-ingest the imports stored in IndexedDB, in the order they were made, through the
 * same stage → validate → commit path. Anything unreadable is dropped from the store and
 * named in the report; the bundled data is already loaded and never depends on it.
 * With `kinds`, only imports of those kinds are restored (start-up restores the tables
 * of the first view first); the report accumulates across calls. Imports in `present`
 * (ids the reopened database file still holds) are not read again.
 */
export async function restoreImports(
  db: Db,
  kinds?: ReadonlySet<DatasetKind>,
  present: ReadonlySet<string> = new Set(),
): Promise<RestoreReport> {
  const restored: string[] = [];
  const dropped: { fileName: string; reason: string }[] = [];
  let stored: unknown[];
  try {
    stored = await loadStoredImports();
  } catch (error) {
    stored = [];
    dropped.push({
      fileName: 'stored imports',
      reason: `the browser's storage could not be read (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  for (const value of stored) {
    if (kinds && isStoredImport(value) && !kinds.has(value.plan.kind)) continue;
    if (isStoredImport(value) && present.has(value.id)) continue;
    const name =
      typeof value === 'object' && value !== null && 'fileName' in value ? String(value.fileName) : 'an unnamed import';
    try {
      if (!isStoredImport(value)) throw new Error('the stored record is damaged');
      // The import pipeline loads only when there is something to restore.
      const { commitImport, stageImport } = await import('../ingest/import-csv');
      // Plans stored before a dialect setting existed read with its default.
      const plan = { ...value.plan, dialect: { ...DEFAULT_DIALECT, ...value.plan.dialect } };
      // Read by the browser tests: a reload with the database file must not re-read a file.
      mark(`restore:reread:${value.id}`);
      const staged = await stageImport(db, { file: value.file, fileName: value.fileName, plan });
      await commitImport(db, staged, value.id, new Date(value.importedAt));
      restored.push(value.fileName);
    } catch (error) {
      dropped.push({ fileName: name, reason: error instanceof Error ? error.message : String(error) });
      const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : null;
      if (id) await deleteStoredImport(id).catch(() => undefined);
    }
  }
  report = { ...report, restored: [...report.restored, ...restored], dropped: [...report.dropped, ...dropped] };
  listeners.forEach((l) => l());
  return report;
}
