import type { Db } from '../../db/types';
import { ident } from '../../sql/ident';
import { serialiseDatasetChange } from '../store/import-queue';
import { refreshLiveView } from '../store/live-view';
import { REGISTRY_TABLE } from '../store/registry';
import { SCHEMAS, type DatasetKind } from '../store/schemas';
import { dropScratchCopy, onlyInScratchSql, SCRATCH_ATTACHED_SQL, scratchTable } from '../store/scratch-database';
import { checkpointDatabase } from '../../db/folded-log';

/**
 * Copy every dataset published from the scratch database (an import, live from memory)
 * into the stored database file, point its live view at the copy and free the memory; then
 * checkpoint, so the next visit reopens it as a table. Runs after an import is done, in
 * the dataset-change queue: a publish, a removal or an Undo waits for it, and none can
 * see a dataset half-moved. Where the main database is in memory too (a second tab,
 * no OPFS) there is nothing to gain, and nothing is copied. Returns the datasets moved;
 * never throws (a dataset that could not be copied stays live from memory).
 */
export async function storeFreshDatasets(db: Db): Promise<number> {
  const moved = await serialiseDatasetChange(async () => {
    // Nothing was published from memory in this engine yet (start-up's bundled data is
    // loaded into the file): no copying, and no listing of tables to find that out.
    const [main] = await db.query<{ stored: boolean; scratch: boolean }>(
      `-- persist/main-is-stored
SELECT path IS NOT NULL AS stored, ${SCRATCH_ATTACHED_SQL} AS scratch FROM duckdb_databases() WHERE database_name = current_database()`,
    );
    if (!main?.stored || !main.scratch) return 0;
    const fresh = await db.query<{ storage_table: string; kind: string }>(
      `-- persist/fresh-datasets
SELECT storage_table, kind FROM ${REGISTRY_TABLE} WHERE ${onlyInScratchSql('storage_table')} ORDER BY loaded_at`,
    );
    let count = 0;
    for (const { storage_table: table, kind } of fresh) {
      try {
        await db.exec(`CREATE TABLE ${ident(table)} AS SELECT * FROM ${scratchTable(table)}`);
        const schema = SCHEMAS[kind as DatasetKind];
        if (schema) await db.transaction((tx) => refreshLiveView(tx, schema));
        await dropScratchCopy(db, table);
        count += 1;
      } catch {
        // The file refused the copy (its quota, say): the dataset stays live from memory,
        // and its saved file is read again on the next visit, as in a second tab.
        await db.exec(`DROP TABLE IF EXISTS ${ident(table)}`).catch(() => undefined);
      }
    }
    return count;
  }).catch(() => 0);
  await checkpointDatabase(db);
  return moved;
}
