import type { Db } from '../../db/types';

/** The table listing every loaded dataset: bundled or imported, file, rows, time. */
export const REGISTRY_TABLE = 'uptake_datasets';

export type DatasetOrigin = 'bundled' | 'imported';

/** One row of the registry. */
export interface DatasetEntry {
  readonly dataset_id: string;
  readonly kind: string;
  /** The live view the dataset's rows appear in (`signups`, `events`, …). */
  readonly table_name: string;
  /** The table of its own that holds the dataset's rows (see live-view.ts). */
  readonly storage_table: string;
  readonly file_name: string;
  readonly origin: DatasetOrigin;
  readonly rows: number;
  readonly loaded_at: Date;
}

/** Run once, by `createDatasetStore` (live-view.ts); a second run fails instead of resetting anything. */
export const CREATE_REGISTRY_SQL = `CREATE TABLE ${REGISTRY_TABLE} (
  dataset_id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, table_name VARCHAR NOT NULL, storage_table VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL, origin VARCHAR NOT NULL, rows BIGINT NOT NULL, loaded_at TIMESTAMP NOT NULL)`;

/** Record a dataset; runs inside the transaction that publishes its rows, so the list and the rows agree. */
export async function registerDataset(
  tx: Db,
  entry: Omit<DatasetEntry, 'loaded_at'> & { loaded_at?: Date },
): Promise<void> {
  await tx.exec(`INSERT INTO ${REGISTRY_TABLE} VALUES ($1, $2, $3, $4, $5, $6, $7, CAST($8 AS TIMESTAMP))`, [
    entry.dataset_id,
    entry.kind,
    entry.table_name,
    entry.storage_table,
    entry.file_name,
    entry.origin,
    entry.rows,
    (entry.loaded_at ?? new Date()).toISOString(),
  ]);
}

/** Every loaded dataset, oldest first. */
export async function listDatasets(db: Db): Promise<DatasetEntry[]> {
  return db.query<DatasetEntry>(
    `-- datasets/list
SELECT dataset_id, kind, table_name, storage_table, file_name, origin, rows, loaded_at FROM ${REGISTRY_TABLE} ORDER BY loaded_at, dataset_id`,
  );
}
