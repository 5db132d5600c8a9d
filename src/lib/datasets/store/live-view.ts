import type { Db } from '../../db/types';
import { ident, literal } from '../../sql/ident';
import { CREATE_DERIVED_SQL } from './derived-tables';
import { serialiseDatasetChange } from './import-queue';
import { dropScratchCopy, onlyInScratchSql, scratchAttached, scratchTable } from './scratch-database';
import { CREATE_REGISTRY_SQL, REGISTRY_TABLE, registerDataset, type DatasetEntry } from './registry';
import { SCHEMAS, type DatasetKind, type DatasetSchema } from './schemas';

/**
 * Every dataset, bundled or imported, lives in a table of its own (`ds_<table>_<token>`)
 * holding exactly its schema's columns. The name every chart reads (`signups`, `events`,
 * …) is a VIEW stacking those tables with UNION ALL and adding `dataset_id`.
 *
 * So adding a dataset never copies its rows: an import's staging table is renamed and
 * the view redefined, in one transaction; removing one is a DROP (docs/performance.md
 * says what copying cost). A dataset published from the in-memory scratch database
 * (scratch-database.ts) is read there until its table is in the main database too.
 */

/** A dataset as its live view reads it: its table, and whether that is still only in the scratch database. */
interface LiveDataset {
  readonly dataset_id: string;
  readonly storage_table: string;
  readonly in_scratch: boolean;
}

/** The datasets of one kind (as SQL) a live view stacks, oldest first; `scratch`: whether any can be in the scratch database. */
function liveDatasetsSql(kind: string, scratch: boolean): string {
  return `-- datasets/live-datasets
SELECT dataset_id, storage_table, ${scratch ? onlyInScratchSql('storage_table') : 'false'} AS in_scratch
FROM ${REGISTRY_TABLE} WHERE kind = ${kind} ORDER BY loaded_at, dataset_id`;
}

/**
 * Set up an empty dataset store on a new database: the registry, the list of derived
 * tables (derived-tables.ts) and every kind's live view, with no datasets yet. Run once,
 * before anything loads; from then on every live name exists (empty until data arrives),
 * so no query has to ask whether it does.
 */
export async function createDatasetStore(db: Db): Promise<void> {
  await db.exec(
    [CREATE_REGISTRY_SQL, CREATE_DERIVED_SQL, ...Object.values(SCHEMAS).map((schema) => liveViewSql(schema, []))].join(
      ';\n',
    ),
  );
}

/** A fresh, unused name for a dataset's own table. */
export function newStorageTable(schema: DatasetSchema): string {
  return `ds_${schema.table}_${Math.random().toString(36).slice(2, 10)}`;
}

/** The live view over the given datasets' tables, oldest first; typed and empty when there are none. */
function liveViewSql(schema: DatasetSchema, datasets: readonly LiveDataset[]): string {
  const columns = schema.columns.map((c) => ident(c.name)).join(', ');
  const parts = datasets.map(
    (d) =>
      `SELECT ${columns}, ${literal(d.dataset_id)} AS dataset_id FROM ${d.in_scratch ? scratchTable(d.storage_table) : ident(d.storage_table)}`,
  );
  if (parts.length === 0) {
    const typedNulls = schema.columns.map((c) => `CAST(NULL AS ${c.type}) AS ${ident(c.name)}`).join(', ');
    parts.push(`SELECT ${typedNulls}, CAST(NULL AS VARCHAR) AS dataset_id WHERE false`);
  }
  return `-- datasets/live-view\nCREATE OR REPLACE VIEW ${ident(schema.table)} AS\n${parts.join('\nUNION ALL\n')}`;
}

/** Redefine a kind's live view from the registry; run inside the transaction that changed it. */
export async function refreshLiveView(tx: Db, schema: DatasetSchema): Promise<void> {
  // The kind is the schema's own constant, not user input: inlined, the query is one
  // round trip to the engine instead of three (prepare, run, close).
  const datasets = await tx.query<LiveDataset>(liveDatasetsSql(literal(schema.kind), await scratchAttached(tx)));
  await tx.exec(liveViewSql(schema, datasets));
}

/**
 * List a dataset whose rows are in `entry.storage_table` (exactly its schema's columns)
 * and add it to its live view. Call inside a transaction: the list, the view and the
 * rows then change together or not at all.
 */
export async function attachDataset(
  tx: Db,
  entry: Omit<DatasetEntry, 'loaded_at' | 'table_name'> & { kind: DatasetKind; loaded_at?: Date },
): Promise<void> {
  const schema = SCHEMAS[entry.kind];
  await registerDataset(tx, { ...entry, table_name: schema.table });
  await refreshLiveView(tx, schema);
}

/**
 * Take a dataset out of its live view and the list, keeping its table. Call inside a
 * transaction. Returns its registry entry (what `attachDataset` needs to bring it back),
 * or null when no dataset has that id.
 */
export async function detachDataset(tx: Db, datasetId: string): Promise<DatasetEntry | null> {
  const [entry] = await tx.query<DatasetEntry>(
    `SELECT dataset_id, kind, table_name, storage_table, file_name, origin, rows, loaded_at FROM ${REGISTRY_TABLE} WHERE dataset_id = $1`,
    [datasetId],
  );
  if (!entry) return null;
  const schema = SCHEMAS[entry.kind as DatasetKind];
  if (!schema) throw new Error(`Dataset ${datasetId} has an unknown kind "${entry.kind}"`);
  await tx.exec(`DELETE FROM ${REGISTRY_TABLE} WHERE dataset_id = $1`, [datasetId]);
  await refreshLiveView(tx, schema);
  return entry;
}

/** Take a dataset out of its live view and the list, and drop its table, in one transaction. Returns its row count. */
export async function removeDataset(db: Db, datasetId: string): Promise<number> {
  return serialiseDatasetChange(async () => {
    const entry = await db.transaction(async (tx) => {
      const detached = await detachDataset(tx, datasetId);
      if (detached) await tx.exec(`DROP TABLE IF EXISTS ${ident(detached.storage_table)}`);
      return detached;
    });
    if (!entry) return 0;
    await dropScratchCopy(db, entry.storage_table);
    return entry.rows;
  });
}

/**
 * Take a dataset out of its live view and the list but keep its table, so `restoreDataset`
 * can bring it back exactly (Undo); `dropDetached` ends that chance. Returns its entry, or
 * null when no dataset has that id.
 */
export async function setDatasetAside(db: Db, datasetId: string): Promise<DatasetEntry | null> {
  return serialiseDatasetChange(() => db.transaction((tx) => detachDataset(tx, datasetId)));
}

/**
 * Put a dataset set aside (by `setDatasetAside` or a replacing commit) back into its list
 * and live view, with its own id and load time, in one transaction. With `replacing`, the
 * dataset that took its place leaves in the same transaction and its table is dropped.
 * Fails, changing nothing, when the set-aside table is gone.
 */
export async function restoreDataset(db: Db, entry: DatasetEntry, replacing?: string): Promise<void> {
  await serialiseDatasetChange(async () => {
    const newer = await db.transaction(async (tx) => {
      const detached = replacing === undefined ? null : await detachDataset(tx, replacing);
      if (detached) await tx.exec(`DROP TABLE IF EXISTS ${ident(detached.storage_table)}`);
      await attachDataset(tx, { ...entry, kind: entry.kind as DatasetKind });
      return detached;
    });
    if (newer) await dropScratchCopy(db, newer.storage_table);
  });
}

/** Drop the table of a dataset set aside, once it can no longer come back. */
export async function dropDetached(db: Db, entry: Pick<DatasetEntry, 'storage_table'>): Promise<void> {
  await serialiseDatasetChange(async () => {
    await db.exec(`DROP TABLE IF EXISTS ${ident(entry.storage_table)}`);
    await dropScratchCopy(db, entry.storage_table);
  });
}
