import type { Db } from '../../db/types';
import { mark } from '../../perf/mark';
import { commitStaged } from './commit';
import type { CsvDialect } from '../detect/dialect';
import { detectDialect, preambleLines } from '../detect/detect-dialect';
import { readFileHead, type FileHead } from '../detect/file-head';
import { serialiseImport } from '../store/import-queue';
import { importDefaults, type DefaultFill } from './import-defaults';
import { autoMap, headerNotes, normal, previewRows, recogniseKind, sourceColumns, type ColumnMap } from './mapping';
import { SCHEMAS, type DatasetKind, type DatasetSchema } from '../store/schemas';
import { looksLikePeriods, PERIOD_RULE } from './period-date';
import { discardStaged, stageCsv, type StagedCsv } from './stage';
import { validateStaged, type Validation } from './validate';
import { reshapeStaged } from '../shapes/reshape';
import { detectShape } from '../shapes/shape-registry';
import { shapedColumns } from '../shapes/shaped-plan';
import { COLUMNS_SHAPE, type ImportShape } from '../shapes/shape-types';

/** A file that cannot be imported at all, with a message that says what to do. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** How a file will be read and where each column goes; every field can be changed in the UI. */
export interface ImportPlan {
  readonly kind: DatasetKind;
  readonly dialect: CsvDialect;
  readonly columns: readonly ColumnMap[];
  /** The source columns' names (header, or "column n"). */
  readonly sourceNames: readonly string[];
  /** The header matched a kind without mapping. */
  readonly recognised: boolean;
  /** Things worth saying about the header (duplicate, blank or extra columns). */
  readonly notes: readonly string[];
  /** What the plan filled in for columns the file lacks, and why (the card lists them). */
  readonly defaults: readonly DefaultFill[];
  /** How rows become rows of the kind: column for column, or reshaped (an activity log, a wide table). */
  readonly shape: ImportShape;
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

/**
 * Plan an import of `text` (the file's start) with a dialect and, optionally, a chosen
 * kind. `fileName` feeds the defaults (platform = the name without extension, source).
 */
export function planImport(text: string, dialect: CsvDialect, kind?: DatasetKind, fileName = 'import.csv'): ImportPlan {
  const first = previewRows(text, { ...dialect, header: false }, 1)[0] ?? [];
  const names = sourceColumns(first, dialect.header);
  const body = previewRows(text, dialect, 20).slice(dialect.header ? 1 : 0);
  const match = dialect.header ? detectShape(first, body, fileName, kind, preambleLines(text, dialect)) : null;
  if (match) {
    const { columns, defaults } = shapedColumns(SCHEMAS[match.kind], match, first.map(normal), fileName);
    const notes = [...headerNotes(first), ...match.notes];
    return {
      kind: match.kind,
      dialect,
      columns,
      sourceNames: names,
      recognised: true,
      notes,
      defaults,
      shape: match.shape,
    };
  }
  const { recognised, closest } = recogniseKind(dialect.header ? first : []);
  const chosen = kind ?? recognised?.kind ?? closest.kind;
  const schema = SCHEMAS[chosen];
  const columns = readPeriodsAsText(
    schema,
    autoMap(schema, dialect.header ? first : names, dialect.header, fileName),
    body,
  );
  const defaults = dialect.header ? importDefaults(schema, first.map(normal), fileName) : [];
  const used = new Set(columns.map((c) => c.source));
  const extra = names.filter((_, i) => !used.has(i));
  const notes = dialect.header ? headerNotes(first) : [];
  const periods = columns.filter(
    (c, i) => c.type !== schema.columns[i]?.type && c.type === 'VARCHAR' && c.source !== null,
  );
  if (periods.length > 0)
    notes.push(`Dates in ${periods.map((c) => `"${names[c.source ?? 0] ?? ''}"`).join(', ')}: ${PERIOD_RULE}.`);
  if (extra.length > 0)
    notes.push(
      `Not imported (no schema column maps to ${extra.length > 1 ? 'them' : 'it'}): ${extra.map((e) => `"${e}"`).join(', ')}.`,
    );
  return {
    kind: chosen,
    dialect,
    columns,
    sourceNames: names,
    recognised: recognised !== null && recognised.kind === chosen,
    notes,
    defaults,
    shape: COLUMNS_SHAPE,
  };
}

/** A DATE column whose preview values are all period labels ("2024-Q1") is read as text and dated by its period. */
function readPeriodsAsText(schema: DatasetSchema, columns: ColumnMap[], body: readonly string[][]): ColumnMap[] {
  return columns.map((c, i) => {
    const periods =
      schema.columns[i]?.type === 'DATE' &&
      c.source !== null &&
      looksLikePeriods(body.map((row) => row[c.source ?? 0] ?? ''));
    return periods ? { ...c, type: 'VARCHAR' } : c;
  });
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
