import type { Db } from '../../db/types';
import { ParamList } from '../../sql/params';

/**
 * Which version of each bundled dataset the stored database holds, so a second visit
 * reopens the bundled tables instead of fetching and reading the CSVs again. A version is
 * what the file was loaded from (bundled.ts: its content-hashed URL and its columns); a
 * dataset without a recorded version, or with another, is dropped and loaded afresh.
 */
export const BUNDLED_VERSIONS_TABLE = 'uptake_bundled_versions';

const CREATE_SQL = `CREATE TABLE IF NOT EXISTS ${BUNDLED_VERSIONS_TABLE} (dataset_id VARCHAR PRIMARY KEY, version VARCHAR NOT NULL)`;

/**
 * The recorded versions, by dataset id; empty when none were ever recorded. `tableExists`,
 * when the caller has just listed the database's tables, saves asking the engine again.
 */
export async function readBundledVersions(db: Db, tableExists?: boolean): Promise<Map<string, string>> {
  if (tableExists === false) return new Map();
  if (tableExists === undefined) {
    const [exists] = await db.query<{ n: number }>(
      `-- persist/bundled-versions-exist
SELECT count(*) AS n FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND table_name = $1`,
      [BUNDLED_VERSIONS_TABLE],
    );
    if (!exists || exists.n === 0) return new Map();
  }
  const rows = await db.query<{ dataset_id: string; version: string }>(
    `-- persist/bundled-versions\nSELECT dataset_id, version FROM ${BUNDLED_VERSIONS_TABLE}`,
  );
  return new Map(rows.map((r) => [r.dataset_id, r.version]));
}

/**
 * Record the versions of several bundled datasets that loaded, in two statements whatever
 * their number: start-up records them once the first chart's tables are in, not one file
 * at a time before it.
 */
export async function recordBundledVersions(db: Db, versions: ReadonlyMap<string, string>): Promise<void> {
  if (versions.size === 0) return;
  const params = new ParamList();
  const rows = [...versions].map(([id, version]) => `(${params.add(id)}, ${params.add(version)})`);
  await db.exec(CREATE_SQL);
  await db.exec(`INSERT OR REPLACE INTO ${BUNDLED_VERSIONS_TABLE} VALUES ${rows.join(', ')}`, params.values);
}

/** Forget the versions of datasets that are gone (dropped at reopen, to be loaded again). */
export async function forgetBundledVersions(db: Db, datasetIds: readonly string[]): Promise<void> {
  for (const id of datasetIds) await db.exec(`DELETE FROM ${BUNDLED_VERSIONS_TABLE} WHERE dataset_id = $1`, [id]);
}
