import type { Db } from '../../db/types';
import { mark } from '../../perf/mark';
import { commitStaged } from './commit';
import { detectDialect } from '../detect/detect-dialect';
import { readFileHead, type FileHead } from '../detect/file-head';
import { serialiseImport } from '../store/import-queue';
import { SCHEMAS } from '../store/schemas';
import { planImport, type ImportPlan } from './plan-import';

// Planning lives in plan-import.ts; the import flow's callers take both from here.
export { planImport, type ImportPlan };
import { discardStaged, stageCsv, type StagedCsv } from './stage';
import { validateStaged, type Validation } from './validate';
import { reshapeStaged } from '../shapes/reshape';

/** A file that cannot be imported at all, with a message that says what to do. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The start of a file, its detected plan, and its first rows as the plan reads them. */
export interface Inspection {
  readonly head: FileHead;
  /** The file's name, which the plan's defaults come from. */
  readonly fileName: string;
  readonly plan: ImportPlan;
}

/** Refuse files that cannot be CSV text, before anything reaches the engine. */
export function checkReadable(head: FileHead): void {
  if (head.size === 0) throw new ImportError('The file is empty (0 bytes). Choose the CSV file that holds the data.');
  if (head.notText) throw new ImportError(head.notText);
  if (head.text.trim() === '')
    throw new ImportError('The file contains only blank lines. Choose the CSV file that holds the data.');
}

/** Read a file's start, refuse what is not CSV text, and detect how to read it. */
export async function inspectFile(
  file: Blob,
  fileName = file instanceof File ? file.name : 'import.csv',
): Promise<Inspection> {
  const head = await readFileHead(file);
  checkReadable(head);
  return { head, fileName, plan: planImport(head.text, detectDialect(head.text, head.encoding), undefined, fileName) };
}

export interface StageImportRequest {
  readonly file: Blob;
  readonly fileName: string;
  readonly plan: ImportPlan;
  readonly signal?: AbortSignal;
  readonly onProgress?: (fraction: number) => void;
  readonly today?: Date;
}

/** A staged, validated import waiting for the user's choice: import the valid rows, or cancel. */
export interface StagedImport {
  readonly staged: StagedCsv;
  readonly validation: Validation;
}

/**
 * Stage and validate one file (queued behind any other import). Nothing live changes;
 * finish with `commitImport` or `cancelImport`.
 */
export function stageImport(db: Db, request: StageImportRequest): Promise<StagedImport> {
  return serialiseImport(async () => {
    mark('import:start');
    const { plan } = request;
    const today = (request.today ?? new Date()).toISOString().slice(0, 10);
    const shaped = plan.shape.kind === 'columns' ? null : plan.shape;
    let staged = await stageCsv(db, {
      schema: SCHEMAS[plan.kind],
      fileName: request.fileName,
      source: request.file,
      dialect: plan.dialect,
      // A shaped file is read as text: its SQL parses timestamps, shares and labels itself.
      columns: shaped ? plan.columns.map((c) => ({ ...c, source: null })) : plan.columns,
      fieldCount: plan.sourceNames.length,
      // Into memory, where it is published from: a stored database file gets the table
      // after the import is done (storeFreshDatasets), not while the analyst waits.
      inMemory: true,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    });
    mark('import:staged');
    try {
      request.signal?.throwIfAborted();
      if (shaped) {
        staged = await reshapeStaged(db, { ...staged, request: { ...staged.request, columns: plan.columns } }, shaped, {
          today,
          sourceNames: plan.sourceNames,
        });
        mark('import:reshaped');
        request.signal?.throwIfAborted();
      }
      const validation = await validateStaged(db, staged, {
        domain: true,
        ...(request.today ? { today: request.today } : {}),
      });
      mark('import:validated');
      return { staged, validation };
    } catch (error) {
      await discardStaged(db, staged);
      throw error;
    }
  });
}

/**
 * Publish a staged import (its valid rows) as a dataset of its own, in one transaction.
 * Publishing waits in one queue only, `serialiseDatasetChange` (inside `commitStaged`): the
 * staging table is private, so shaping it need not wait behind another file's long read.
 */
export async function commitImport(db: Db, staged: StagedImport, datasetId: string, loadedAt?: Date): Promise<number> {
  if (staged.validation.blocking) {
    await discardStaged(db, staged.staged);
    throw new ImportError(staged.validation.blocking);
  }
  const rows = await commitStaged(db, staged.staged, {
    datasetId,
    origin: 'imported',
    skipProblemRows: staged.validation.badRows > 0,
    ...(loadedAt ? { loadedAt } : {}),
  });
  mark('import:committed');
  return rows;
}

/** Drop a staged import; every live table stays as it was. */
export function cancelImport(db: Db, staged: StagedImport): Promise<void> {
  return serialiseImport(() => discardStaged(db, staged.staged));
}
