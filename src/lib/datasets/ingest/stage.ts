import { ident, literal } from '../../sql/ident';
import type { Db } from '../../db/types';
import type { CsvDialect } from '../detect/dialect';
import type { ColumnMap } from './mapping';
import { periodDateSql } from './period-date';
import { readCsvSql } from './read-csv-sql';
import { attachScratch, scratchTable } from '../store/scratch-database';
import type { DatasetSchema, DuckType } from '../store/schemas';

/** What to stage: a file, how it is written, and where each schema column comes from. */
export interface StageRequest {
  readonly schema: DatasetSchema;
  /** The name shown in errors. */
  readonly fileName: string;
  /** The file: a browser File is read in slices by DuckDB; other Blobs are copied once. */
  readonly source: Blob;
  readonly dialect: CsvDialect;
  readonly columns: readonly ColumnMap[];
  /** How many fields a line has (the header's length). */
  readonly fieldCount: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (fraction: number) => void;
  /** Read into the in-memory scratch database (scratch-database.ts): a shaped file's text, outlived by its reshaped rows. */
  readonly inMemory?: boolean;
}

/** A file read into a staging table; nothing live has changed yet. */
export interface StagedCsv {
  readonly request: StageRequest;
  readonly names: StageNames;
  /** Rows DuckDB read with every field of the declared type. */
  readonly stagedRows: number;
  /** Distinct lines DuckDB rejected (wrong field count, unconvertible value, bad encoding). */
  readonly rejectedLines: number;
  /** The file line of the first data row (2 after a header line, else 1): staged row positions count from it. */
  readonly firstDataLine: number;
  /**
   * Set once a shape has turned the file's rows into rows of its kind (shapes/reshape.ts):
   * the file's own column names (rejected lines name them) and the helper columns the
   * reshaped table carries (`__src`, the staged row a row came from; the shape's problem).
   */
  readonly reshaped?: {
    readonly sourceNames: readonly string[];
    readonly extraColumns: readonly string[];
    /** What the shape derived, as the card says it. */
    readonly notes: readonly string[];
  };
}

/** The tables one staging uses; all dropped by `discardStaged`. */
export interface StageNames {
  readonly file: string;
  readonly staging: string;
  readonly problems: string;
  readonly thresholds: string;
  readonly rejects: { readonly scan: string; readonly errors: string };
}

/**
 * One of a staging's tables (`names.staging`, `names.problems`, …) as SQL: in the scratch
 * database when the file was read there, so nothing about an import is written to a stored
 * database file before it is published; else in the main one.
 */
export const stagedTable = (staged: Pick<StagedCsv, 'request'>, name: string) =>
  staged.request.inMemory ? scratchTable(name) : ident(name);

/** The staging table as SQL (see `stagedTable`). */
export const stagingTable = (staged: Pick<StagedCsv, 'request' | 'names'>) => stagedTable(staged, staged.names.staging);

/** Column names in the staging table: one per source field, by position. */
export const sourceName = (i: number) => `c${i}`;

/** The type each source field is read as: the (overridden) type of the first schema column mapped to it. */
export function sourceTypes(columns: readonly ColumnMap[], fieldCount: number): DuckType[] {
  return Array.from({ length: fieldCount }, (_, i) => columns.find((c) => c.source === i)?.type ?? 'VARCHAR');
}

/**
 * The SQL expression for a schema column over the staging table: the source field,
 * converted when it was read as another type, the one value given for every row, or
 * NULL when nothing maps to it. A constant goes in through `literal()`: it also ends up
 * as a column DEFAULT (commit.ts), where DuckDB takes no parameter.
 */
export function columnExpr(schema: DatasetSchema, map: ColumnMap, fieldCount: number): string {
  const spec = schema.columns.find((c) => c.name === map.column);
  if (!spec) throw new Error(`No column "${map.column}" in ${schema.kind}`);
  if (map.source === null && map.constant !== undefined && map.constant.trim() !== '')
    return constantExpr(map.constant, spec.type);
  if (map.source === null || map.source >= fieldCount) return `CAST(NULL AS ${spec.type})`;
  const readAs = sourceTypes([map], fieldCount)[map.source];
  const field = ident(sourceName(map.source));
  if (readAs === spec.type) return field;
  // A day read as text may be a period label ("2024-Q1"): dated at the period's last day.
  if (spec.type === 'DATE' && readAs === 'VARCHAR') return periodDateSql(field);
  return `TRY_CAST(${field} AS ${spec.type})`;
}

/** One value for every row, as the column's type (NULL when it does not convert: validation says so). */
export const constantExpr = (value: string, type: DuckType) => `TRY_CAST(${literal(value.trim())} AS ${type})`;

function namesFor(schema: DatasetSchema): StageNames {
  const token = `${schema.table}_${Math.random().toString(36).slice(2, 10)}`;
  return {
    file: `import_${token}.csv`,
    staging: `__staging_${token}`,
    problems: `__problems_${token}`,
    thresholds: `__thresholds_${token}`,
    rejects: { scan: `__rejects_scan_${token}`, errors: `__rejects_errors_${token}` },
  };
}

async function registerSource(db: Db, name: string, source: Blob): Promise<void> {
  if (db.registerFileHandle && typeof File !== 'undefined' && source instanceof File) {
    await db.registerFileHandle(name, source);
  } else {
    await db.registerFile(name, new Uint8Array(await source.arrayBuffer()));
  }
}

/**
 * Read a file with DuckDB's `read_csv` into a staging table, typed as declared, with
 * bad lines collected in DuckDB's reject tables instead of failing the read. Nothing
 * live changes; `validateStaged` then finds what is wrong and `commitStaged` or
 * `discardStaged` ends it.
 */
export async function stageCsv(db: Db, request: StageRequest): Promise<StagedCsv> {
  const names = namesFor(request.schema);
  const table = stagingTable({ request, names });
  const types = sourceTypes(request.columns, request.fieldCount);
  if (request.inMemory) await attachScratch(db);
  await registerSource(db, names.file, request.source);
  try {
    const read = readCsvSql({
      file: names.file,
      dialect: request.dialect,
      columns: types.map((type, i) => ({ name: sourceName(i), type })),
      // DuckDB's reject tables are TEMP (private to the reading connection): copied out below.
      rejects: { scan: `${names.rejects.scan}_tmp`, errors: `${names.rejects.errors}_tmp` },
    });
    await db.execLong(`-- datasets/stage\nCREATE TABLE ${table} AS SELECT * FROM ${read}`, {
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
      then: [
        [
          `CREATE TABLE ${stagedTable({ request }, names.rejects.errors)} AS SELECT line, column_idx, column_name, error_type, error_message FROM ${ident(`${names.rejects.errors}_tmp`)}`,
          `DROP TABLE IF EXISTS ${ident(`${names.rejects.errors}_tmp`)}`,
          `DROP TABLE IF EXISTS ${ident(`${names.rejects.scan}_tmp`)}`,
        ].join(';\n'),
      ],
    });
    const [counts] = await db.query<{ staged: number; rejected: number }>(
      `SELECT (SELECT count(*) FROM ${table}) AS staged,
              (SELECT count(DISTINCT line) FROM ${stagedTable({ request }, names.rejects.errors)}) AS rejected`,
    );
    return {
      request,
      names,
      stagedRows: counts?.staged ?? 0,
      rejectedLines: counts?.rejected ?? 0,
      firstDataLine: (request.dialect.skip ?? 0) + (request.dialect.header ? 2 : 1),
    };
  } catch (error) {
    await dropStagingTables(db, { request, names });
    throw error;
  } finally {
    await db.dropFile(names.file).catch(() => undefined);
  }
}

async function dropStagingTables(db: Db, staged: Pick<StagedCsv, 'request' | 'names'>): Promise<void> {
  const { names } = staged;
  const drops = [names.staging, names.problems, names.thresholds, names.rejects.errors, names.rejects.scan].map(
    (t) => `DROP TABLE IF EXISTS ${stagedTable(staged, t)}`,
  );
  // One commit for all of them (in a stored file, each is a write and a flush of its log).
  const rollback = () => db.exec('ROLLBACK').catch(() => undefined);
  await db.exec(['BEGIN TRANSACTION', ...drops, 'COMMIT'].join(';\n')).catch(rollback);
}

/** Drop everything a staging created; live tables are untouched. */
export async function discardStaged(db: Db, staged: StagedCsv): Promise<void> {
  await dropStagingTables(db, staged);
}
