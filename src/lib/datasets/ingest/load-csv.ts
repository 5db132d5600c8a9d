import { ident } from '../../sql/ident';
import type { Db } from '../../db/types';
import { CsvLoadError } from './csv-load-error';
import { checkHeader, readHeader } from './check-header';
import { DEFAULT_DIALECT } from '../detect/dialect';
import { serialiseDatasetChange } from '../store/import-queue';
import { attachDataset, newStorageTable } from '../store/live-view';
import { readCsvSql } from './read-csv-sql';
import type { DatasetOrigin } from '../store/registry';
import type { DatasetSchema } from '../store/schemas';

export interface LoadCsvRequest {
  readonly schema: DatasetSchema;
  /** The name shown in errors and used to register the bytes. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Tags every row, so a dataset can be listed and removed later. */
  readonly datasetId: string;
  /** How the Datasets list names it; bundled unless said otherwise. */
  readonly origin?: DatasetOrigin;
}

const MAX_PROBLEMS = 50;

/**
 * Load one CSV in Uptake's own format as a dataset, all or nothing: the header
 * must match the schema exactly, and the file goes through the same stage → validate →
 * commit pipeline as an import, except that any problem throws a `CsvLoadError` naming
 * file, line and column, and every live view stays exactly as it was.
 */
export async function loadCsv(db: Db, request: LoadCsvRequest): Promise<number> {
  const { schema, fileName, bytes } = request;
  const header = readHeader(bytes);
  const headerProblems = checkHeader(header, schema);
  if (headerProblems.length > 0) throw new CsvLoadError(fileName, headerProblems);
  // A file in Uptake's own format almost always loads cleanly: read it straight into the
  // dataset's own table in one transaction (the start-up path). Only when that
  // fails does the staged pipeline run, to name every problem with its line and column.
  const loaded = await loadDirect(db, request).catch(() => null);
  if (loaded !== null) return loaded;
  return loadStaged(db, request);
}

class NeedsDiagnosis extends Error {}

async function loadDirect(db: Db, request: LoadCsvRequest): Promise<number> {
  const { schema, fileName, bytes, datasetId } = request;
  const file = `direct_${schema.table}_${Math.random().toString(36).slice(2, 10)}.csv`;
  await db.registerFile(file, bytes);
  try {
    return await serialiseDatasetChange(() =>
      db.transaction(async (tx) => {
        const storage = newStorageTable(schema);
        const read = readCsvSql({
          file,
          dialect: DEFAULT_DIALECT,
          columns: schema.columns.map((c) => ({ name: c.name, type: c.type })),
        });
        await tx.exec(`-- datasets/load-direct\nCREATE TABLE ${ident(storage)} AS SELECT * FROM ${read}`);
        const empty = schema.columns.filter((c) => c.required).map((c) => `${ident(c.name)} IS NULL`);
        const [counts] = await tx.query<{ n: number; empty: number }>(
          `SELECT count(*) AS n, count(*) FILTER (WHERE ${empty.length > 0 ? empty.join(' OR ') : 'false'}) AS empty FROM ${ident(storage)}`,
        );
        if (!counts || counts.empty > 0) throw new NeedsDiagnosis('empty required values');
        await attachDataset(tx, {
          dataset_id: datasetId,
          kind: schema.kind,
          storage_table: storage,
          file_name: fileName,
          origin: request.origin ?? 'bundled',
          rows: counts.n,
        });
        return counts.n;
      }),
    );
  } finally {
    await db.dropFile(file).catch(() => undefined);
  }
}

/** The staged pipeline: slower, but it finds and locates every problem. */
async function loadStaged(db: Db, request: LoadCsvRequest): Promise<number> {
  const { schema, fileName, bytes, datasetId } = request;
  // Loaded on demand: start-up only needs it when a file is broken.
  const [{ commitStaged }, { discardStaged, stageCsv }, { validateStaged }] = await Promise.all([
    import('./commit'),
    import('./stage'),
    import('./validate'),
  ]);

  const staged = await stageCsv(db, {
    schema,
    fileName,
    source: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    dialect: DEFAULT_DIALECT,
    columns: schema.columns.map((c, i) => ({ column: c.name, source: i, type: c.type })),
    fieldCount: schema.columns.length,
  });
  const validation = await validateStaged(db, staged, { domain: false, limit: MAX_PROBLEMS }).catch(
    async (error: unknown) => {
      await discardStaged(db, staged);
      throw error;
    },
  );
  if (validation.problems.length > 0) {
    await discardStaged(db, staged);
    throw new CsvLoadError(fileName, validation.problems);
  }
  return commitStaged(db, staged, { datasetId, origin: request.origin ?? 'bundled', skipProblemRows: false });
}
