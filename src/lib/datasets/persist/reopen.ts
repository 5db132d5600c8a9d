import { LOG_FOLD_TABLE } from '../../db/folded-log';
import type { Db } from '../../db/types';
import { ident, literal } from '../../sql/ident';
import { createDatasetStore, refreshLiveView, removeDataset } from '../store/live-view';
import { SCRATCH_DATABASE } from '../store/scratch-database';
import { CREATE_DERIVED_SQL, DERIVED_TABLE, listedDerivedTables } from '../store/derived-tables';
import { REGISTRY_TABLE, listDatasets } from '../store/registry';
import { SCHEMAS, type DatasetKind } from '../store/schemas';
import { BUNDLED_VERSIONS_TABLE, forgetBundledVersions, readBundledVersions } from './bundled-versions';

/** Names of this database's own (non-temporary) tables and views in `main`. */
async function ownObjects(db: Db): Promise<{ name: string; view: boolean; readsScratch: boolean }[]> {
  return db.query<{ name: string; view: boolean; readsScratch: boolean }>(
    `-- persist/own-objects
SELECT table_name AS name, false AS view, false AS "readsScratch" FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary
UNION ALL
SELECT view_name, true, contains(sql, ${literal(SCRATCH_DATABASE)}) FROM duckdb_views() WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND NOT internal`,
  );
}

/**
 * Make a database reopened from its file ready for this visit, and return the ids of the
 * datasets it still holds (start-up then reads only the other files).
 *
 * `storedIds` are the imports whose files IndexedDB keeps: they are the list of what
 * exists, so an import removed in another tab is dropped here too. With `null` (that
 * list could not be read) every import in the file is kept. `bundled` maps each bundled
 * dataset to the version this release ships (bundled.ts): one the file holds in that
 * very version is kept, any other is dropped to be loaded afresh, so a new release's
 * data replaces the last one's. Derived tables a feature listed (derived-tables.ts) are
 * kept for it to check against its datasets; any other table no dataset owns (an import
 * cut off by a closed tab) is dropped. A new, empty file gets the dataset store.
 */
export async function reopenDatasets(
  db: Db,
  storedIds: ReadonlySet<string> | null,
  bundled: ReadonlyMap<string, string> = new Map(),
): Promise<ReadonlySet<string>> {
  const objects = await ownObjects(db);
  if (!objects.some((o) => o.name === REGISTRY_TABLE && !o.view)) {
    // A new file, or one cut off before its store existed: start it clean.
    const drops = objects.map((o) => `DROP ${o.view ? 'VIEW' : 'TABLE'} IF EXISTS ${ident(o.name)}`);
    if (drops.length > 0) await db.exec(drops.join(';\n'));
    await createDatasetStore(db);
    return new Set();
  }
  const kept = new Set<string>();
  // A file stored before derived tables were listed gets their list here.
  if (!objects.some((o) => o.name === DERIVED_TABLE && !o.view)) await db.exec(CREATE_DERIVED_SQL);
  const owned = new Set<string>([
    LOG_FOLD_TABLE,
    REGISTRY_TABLE,
    BUNDLED_VERSIONS_TABLE,
    DERIVED_TABLE,
    ...(await listedDerivedTables(db)),
  ]);
  const storedVersions = await readBundledVersions(
    db,
    objects.some((o) => o.name === BUNDLED_VERSIONS_TABLE && !o.view),
  );
  const droppedBundled: string[] = [];
  const tables = new Set(objects.filter((o) => !o.view).map((o) => o.name));
  const entries = await listDatasets(db);
  // A live view cannot be redefined while it names a table that is gone: an empty
  // stand-in lets each removal below redefine it, and is dropped with its dataset.
  const standIns = entries
    .filter((e) => !tables.has(e.storage_table) && e.kind in SCHEMAS)
    .map(
      (e) =>
        `CREATE TABLE ${ident(e.storage_table)} (${SCHEMAS[e.kind as DatasetKind].columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ')})`,
    );
  if (standIns.length > 0) await db.exec(standIns.join(';\n'));
  for (const entry of entries) {
    const version = bundled.get(entry.dataset_id);
    const wanted =
      entry.origin === 'imported'
        ? storedIds === null || storedIds.has(entry.dataset_id)
        : version !== undefined && storedVersions.get(entry.dataset_id) === version;
    if (wanted && tables.has(entry.storage_table)) {
      kept.add(entry.dataset_id);
      owned.add(entry.storage_table);
    } else {
      await removeDataset(db, entry.dataset_id);
      if (entry.origin !== 'imported') droppedBundled.push(entry.dataset_id);
    }
  }
  // A live view still reading the last visit's scratch database (its tables were being
  // stored when the page went) reads the stored tables from now on.
  const stale = objects
    .filter((o) => o.readsScratch)
    .map((o) => Object.values(SCHEMAS).find((s) => s.table === o.name));
  for (const schema of stale) if (schema) await db.transaction((tx) => refreshLiveView(tx, schema));
  // A version outlives its rows only until here: the next load records it again.
  if (storedVersions.size > 0) await forgetBundledVersions(db, droppedBundled);
  const orphans = objects.filter((o) => !o.view && !owned.has(o.name) && tables.has(o.name));
  if (orphans.length > 0) await db.exec(orphans.map((o) => `DROP TABLE IF EXISTS ${ident(o.name)}`).join(';\n'));
  return kept;
}
