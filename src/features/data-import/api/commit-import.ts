import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Db } from '../../../lib/db/types';
import { commitStaged } from '../../../lib/datasets/ingest/commit';
import {
  cancelImport,
  commitImport,
  ImportError,
  type ImportPlan,
  type StagedImport,
} from '../../../lib/datasets/ingest/import-csv';
import { deleteStoredImport, saveStoredImport } from '../../../lib/datasets/persist/persist';
import { storeFreshDatasets } from '../../../lib/datasets/persist/store-fresh';
import { mark } from '../../../lib/perf/mark';
import type { DatasetEntry } from '../../../lib/datasets/store/registry';
import { SCHEMAS } from '../../../lib/datasets/store/schemas';
import { useReadyDb } from '../../../lib/query/use-ready-db';
import { endUndoWindow, findStoredImport, openUndoWindow } from './pending-undo';
import { tableChanged } from './table-changed';
import { whenQueriesIdle } from './when-queries-idle';
import { messageOf } from '../model/message-of';

/** A staged file to publish as a dataset of its own. */
export interface CommitRequest {
  readonly staged: StagedImport;
  readonly file: File;
  readonly plan: ImportPlan;
  /** A loaded dataset this file is a newer version of, to replace in the same transaction. */
  readonly replaces?: DatasetEntry;
}

/** What publishing did: the rows now live, and why the file will not survive a reload (or null). */
export interface CommitResult {
  readonly rows: number;
  readonly notStored: string | null;
  /** The new dataset's id (the card's Undo removes it). */
  readonly datasetId: string;
}

/** A new dataset id: unique, and readable in the Datasets list and SQL console. */
function newDatasetId(fileName: string): string {
  const name = fileName.replace(/[^\w.-]+/g, '_').slice(0, 40);
  return `import:${name}:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Publish the staged rows as dataset `id`: beside what is loaded, or in place of
 * `replaces` in one transaction, keeping the replaced one aside so it can be undone.
 */
async function publish(db: Db, { staged, replaces }: CommitRequest, id: string, importedAt: Date): Promise<number> {
  if (!replaces) return commitImport(db, staged, id, importedAt);
  if (staged.validation.blocking) {
    await cancelImport(db, staged);
    throw new ImportError(staged.validation.blocking);
  }
  const record = await findStoredImport(replaces.dataset_id);
  const rows = await commitStaged(db, staged.staged, {
    datasetId: id,
    origin: 'imported',
    skipProblemRows: staged.validation.badRows > 0,
    loadedAt: importedAt,
    replaces: replaces.dataset_id,
  });
  // The old file leaves the browser's store with its rows; Undo puts both back.
  await deleteStoredImport(replaces.dataset_id).catch(() => undefined);
  await openUndoWindow(db, { action: 'replaced', entry: replaces, record, replacedBy: id });
  return rows;
}

/**
 * Publish a staged import's valid rows (replacing a dataset when asked) and keep the file
 * for the next visit. Settled either way, it refreshes exactly the queries reading the
 * kind's table: every chart, selector and table reading it picks up the imported platforms
 * on its own.
 */
export function useCommitImport() {
  const readyDb = useReadyDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (request: CommitRequest): Promise<CommitResult> => {
      const { file, plan } = request;
      const db = await readyDb();
      // A new change ends the undo window of the last one.
      await endUndoWindow();
      const id = newDatasetId(file.name);
      const importedAt = new Date();
      // The file is stored while the rows are published: both are quick and neither needs
      // the other. A store that fails only costs persistence; a publish that fails takes the
      // stored copy back out, so a reload never brings back a failed import.
      const saving = saveStoredImport({
        id,
        fileName: file.name,
        plan,
        file,
        importedAt: importedAt.toISOString(),
      }).then(
        () => null,
        (error: unknown) =>
          `It is loaded now but will not survive a reload: the browser refused to store it (${messageOf(error)}).`,
      );
      let rows: number;
      try {
        rows = await publish(db, request, id, importedAt);
      } catch (error) {
        await saving;
        await deleteStoredImport(id).catch(() => undefined);
        throw error;
      }
      // The rows went live from memory. Where the database is a stored file they go into it
      // once the charts this import refreshed have drawn, not at the next visit. Read by the
      // bench: once both are done, a reload reopens the import as it is.
      const stored = whenQueriesIdle(client).then(() => storeFreshDatasets(db));
      void Promise.all([stored, saving]).then(() => mark('import:stored'));
      return { rows, notStored: await saving, datasetId: id };
    },
    onSettled: (_data, _error, { plan }) => tableChanged(client, SCHEMAS[plan.kind].table),
  });
}
