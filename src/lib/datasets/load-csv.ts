import type { Db } from '../db/types';
import { CsvLoadError } from './csv-load-error';
import { checkHeader, readHeader } from './check-header';
import { commitStaged } from './commit';
import { DEFAULT_DIALECT } from './dialect';
import type { DatasetOrigin } from './registry';
import { discardStaged, stageCsv } from './stage';
import type { DatasetSchema } from './schemas';
import { validateStaged } from './validate';

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
 * Load one CSV in Uptake's own format into its live table, all or nothing: the header
 * must match the schema exactly, and the file goes through the same stage → validate →
 * commit pipeline as an import, except that any problem throws a `CsvLoadError` naming
 * file, line and column, and the live table stays exactly as it was.
 */
export async function loadCsv(db: Db, request: LoadCsvRequest): Promise<number> {
  const { schema, fileName, bytes, datasetId } = request;
  const header = readHeader(bytes);
  const headerProblems = checkHeader(header, schema);
  if (headerProblems.length > 0) throw new CsvLoadError(fileName, headerProblems);

  const staged = await stageCsv(db, {
    schema,
    fileName,
    source: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    dialect: DEFAULT_DIALECT,
    columns: schema.columns.map((c, i) => ({ column: c.name, source: i, type: c.type })),
    fieldCount: schema.columns.length,
  });
  const validation = await validateStaged(db, staged, { domain: false, limit: MAX_PROBLEMS }).catch(async (error: unknown) => {
    await discardStaged(db, staged);
    throw error;
  });
  if (validation.problems.length > 0) {
    await discardStaged(db, staged);
    throw new CsvLoadError(fileName, validation.problems);
  }
  return commitStaged(db, staged, { datasetId, origin: request.origin ?? 'bundled', skipProblemRows: false });
}
