import { ident, literal } from '../../sql/ident';
import type { Db } from '../../db/types';
import { queueWithDatasetChanges, serialiseDatasetChange } from '../store/import-queue';
import { attachDataset, detachDataset, newStorageTable } from '../store/live-view';
import type { DatasetOrigin } from '../store/registry';
import { dropScratchCopy, scratchTable } from '../store/scratch-database';
import {
  columnExpr,
  constantExpr,
  discardStaged,
  sourceName,
  sourceTypes,
  stagedTable,
  stagingTable,
  type StagedCsv,
} from './stage';

export interface CommitOptions {
  readonly datasetId: string;
  readonly origin: DatasetOrigin;
  /** Leave out the rows validation found problems in (the user chose "import the valid rows"). */
  readonly skipProblemRows: boolean;
  readonly loadedAt?: Date;
  /**
   * The id of a dataset this one replaces: it leaves the list and the live view in the
   * same transaction (its table is kept, for Undo: see `restoreDataset`, `dropDetached`).
   */
  readonly replaces?: string;
}

/**
 * Turn the staging table, in place, into a table with exactly the schema's columns:
 * drop the rows validation found problems in (when asked), name each source column after
 * the schema column it maps to (converting it when it was read as another type), copy a
 * source mapped to a second column, add unmapped optional columns as NULL and drop what
 * nothing maps to. Renames and drops touch no rows; only conversions and copies do.
 * Returns the rows left.
 * The staging table is private, so this runs before the transaction that publishes it
 * (DuckDB also refuses to ALTER, in one transaction, a table that transaction deleted from).
 */
async function shapeStaged(
  db: Db,
  staged: StagedCsv,
  skipProblemRows: boolean,
  renameTo: string | null,
): Promise<number> {
  const { schema, columns, fieldCount } = staged.request;
  const table = stagingTable(staged);
  const deletes = skipProblemRows
    ? [`DELETE FROM ${table} WHERE rowid IN (SELECT row_id FROM ${stagedTable(staged, staged.names.problems)})`]
    : [];
  const types = sourceTypes(columns, fieldCount);
  const owner = new Map<number, string>();
  const copies: string[] = [];
  const renames: string[] = [];
  const adds: string[] = [];
  for (const spec of schema.columns) {
    const map = columns.find((c) => c.column === spec.name) ?? { column: spec.name, source: null, type: spec.type };
    const source = map.source !== null && map.source < fieldCount ? map.source : null;
    const name = ident(spec.name);
    if (source === null && map.constant !== undefined && map.constant.trim() !== '') {
      // A DEFAULT fills every existing row without rewriting the table.
      adds.push(
        `ALTER TABLE ${table} ADD COLUMN ${name} ${spec.type} DEFAULT ${constantExpr(map.constant, spec.type)}`,
      );
    } else if (source === null) {
      adds.push(
        `ALTER TABLE ${table} ADD COLUMN ${name} ${spec.type}${spec.fallback === undefined ? '' : ` DEFAULT ${literal(spec.fallback)}`}`,
      );
    } else if (owner.has(source)) {
      // Computed from the source column before it is renamed below.
      copies.push(
        `ALTER TABLE ${table} ADD COLUMN ${name} ${spec.type}`,
        `UPDATE ${table} SET ${name} = ${columnExpr(schema, map, fieldCount)}`,
      );
    } else {
      owner.set(source, spec.name);
      const field = ident(sourceName(source));
      if (types[source] !== spec.type)
        renames.push(
          `ALTER TABLE ${table} ALTER COLUMN ${field} SET DATA TYPE ${spec.type} USING ${columnExpr(schema, map, fieldCount)}`,
        );
      renames.push(`ALTER TABLE ${table} RENAME COLUMN ${field} TO ${name}`);
    }
  }
  const drops = Array.from({ length: fieldCount }, (_, i) => i)
    .filter((i) => !owner.has(i))
    .map((i) => `ALTER TABLE ${table} DROP COLUMN ${ident(sourceName(i))}`)
    .concat((staged.reshaped?.extraColumns ?? []).map((c) => `ALTER TABLE ${table} DROP COLUMN ${ident(c)}`));
  // The column changes touch no rows, so they commit together: one commit, not one per
  // column, each of which writes and flushes the log of a stored database file.
  const alters = [...renames, ...adds, ...drops];
  const grouped = alters.length > 1 ? ['BEGIN TRANSACTION', ...alters, 'COMMIT'] : alters;
  // A table in the scratch database is renamed there too, before the transaction that
  // publishes it (which writes the main database): it is still private under its new name.
  const renamed = renameTo === null ? table : scratchTable(renameTo);
  const rename = renameTo === null ? [] : [`ALTER TABLE ${table} RENAME TO ${ident(renameTo)}`];
  // Sent together, ending with the row count: one round trip to the engine's worker
  // instead of one per column, each of which would wait on the worker.
  const statements = [...deletes, ...copies, ...grouped, ...rename, `SELECT count(*) AS n FROM ${renamed}`];
  try {
    const [counted] = await db.query<{ n: number }>(statements.join(';\n'));
    return counted?.n ?? 0;
  } catch (error) {
    // A column change that failed leaves its transaction open on the shared connection.
    if (grouped !== alters) await db.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Publish a validated staging table as a dataset: shape it to the schema, then in one
 * transaction rename it to the dataset's own table, list it and add it to the live view.
 * Either every row arrives and the Datasets list names it (and a replaced dataset has
 * left both), or nothing live changes. No row is copied (see live-view.ts). The staging
 * tables are dropped either way.
 *
 * A table staged in the scratch database is renamed there first, with its shaping (a
 * DuckDB transaction writes one database), and goes live from memory; `storeFreshDatasets`
 * copies it into a stored database file later. If listing it fails, the renamed table is
 * dropped.
 */
export function commitStaged(db: Db, staged: StagedCsv, options: CommitOptions): Promise<number> {
  return publishStaged(db, staged, options, false);
}

/** Thrown inside a rehearsal's transaction to roll it back. */
class Rehearsed extends Error {}

/**
 * Run every statement of `commitStaged` on a staged file and roll the publishing
 * transaction back: nothing is listed or shown, and the staging tables are dropped.
 * `warmImportPath` rehearses once per engine, on a two-row file, while nobody waits.
 */
export async function rehearseCommit(db: Db, staged: StagedCsv, options: CommitOptions): Promise<void> {
  await publishStaged(db, staged, options, true);
}

async function publishStaged(db: Db, staged: StagedCsv, options: CommitOptions, rehearse: boolean): Promise<number> {
  const { schema, fileName, inMemory } = staged.request;
  const storage = newStorageTable(schema);
  try {
    const n = await shapeStaged(db, staged, options.skipProblemRows, inMemory ? storage : null);
    // A rehearsal changes no dataset: queued with the changes, it is not counted as one.
    const queue = rehearse ? queueWithDatasetChanges : serialiseDatasetChange;
    await queue(() =>
      db.transaction(async (tx) => {
        if (options.replaces !== undefined && !(await detachDataset(tx, options.replaces)))
          throw new Error(`The dataset it was to replace is no longer loaded; import it alongside instead.`);
        if (!inMemory) await tx.exec(`ALTER TABLE ${ident(staged.names.staging)} RENAME TO ${ident(storage)}`);
        await attachDataset(tx, {
          dataset_id: options.datasetId,
          kind: schema.kind,
          storage_table: storage,
          file_name: fileName,
          origin: options.origin,
          rows: n,
          ...(options.loadedAt ? { loaded_at: options.loadedAt } : {}),
        });
        if (rehearse) throw new Rehearsed();
      }),
    );
    return n;
  } catch (error) {
    // Renamed in the scratch database but not published: nothing may stay behind.
    if (inMemory) await dropScratchCopy(db, storage).catch(() => undefined);
    if (error instanceof Rehearsed) return 0;
    throw error;
  } finally {
    await discardStaged(db, staged);
  }
}
