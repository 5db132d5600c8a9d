import { checkpointDatabase } from '../../db/folded-log';
import { whenQuiet } from '../../db/track-activity';
import type { Db } from '../../db/types';
import { ParamList } from '../../sql/params';

/**
 * Tables a feature derives from the datasets once (Retention's prepared events), listed
 * with the fingerprint of what they were built from. In a stored database they outlive
 * the page: a reload whose datasets are unchanged finds the same fingerprint and skips
 * the rebuild, which on a 1M-row activity log costs seconds. A fingerprint has to change
 * whenever the inputs or the step's SQL do (the caller's job): then a rebuild cut off
 * half-way (a closed tab) leaves a record that no longer matches, and is done again.
 * reopen.ts keeps listed tables and drops every other table no dataset owns.
 */
export const DERIVED_TABLE = 'uptake_derived';

/** Part of every dataset store (live-view.ts); reopen adds it to a file stored before it existed. */
export const CREATE_DERIVED_SQL = `CREATE TABLE IF NOT EXISTS ${DERIVED_TABLE} (step VARCHAR PRIMARY KEY, fingerprint VARCHAR NOT NULL, tables VARCHAR[] NOT NULL)`;

/** The tables the recorded steps list: reopen keeps them. */
export async function listedDerivedTables(db: Db): Promise<Set<string>> {
  const rows = await db.query<{ name: string }>(
    `-- datasets/derived-tables\nSELECT DISTINCT unnest(tables) AS name FROM ${DERIVED_TABLE}`,
  );
  return new Set(rows.map((r) => r.name));
}

/** Whether `step`'s tables were built from exactly `fingerprint` and all still exist. One round trip. */
export async function derivedUpToDate(db: Db, step: string, fingerprint: string): Promise<boolean> {
  const [row] = await db.query<{ fresh: boolean }>(
    `-- datasets/derived-up-to-date
SELECT d.fingerprint = $2 AND len(d.tables) = (
         SELECT count(*) FROM duckdb_tables() t
         WHERE t.database_name = current_database() AND t.schema_name = 'main' AND NOT t.temporary
           AND list_contains(d.tables, t.table_name)) AS fresh
FROM ${DERIVED_TABLE} d WHERE d.step = $1`,
    [step, fingerprint],
  );
  return row?.fresh === true;
}

/**
 * How long the engine must have had nothing to run before the recorded tables are
 * checkpointed: the panels that waited for them query first, and the checkpoint (~60 ms for
 * a 1M-row log's tables) follows while nobody waits.
 */
const QUIET_MS = 150;
/** Databases with a checkpoint waiting for quiet. */
const checkpointPending = new WeakSet<Db>();

/**
 * Record that `step` has just built `tables` from `fingerprint`, and checkpoint once the
 * engine is quiet: until then the tables are only in the write-ahead log, which a reload
 * replays (measured: a reload 2 s after Retention's panels were ready, before a checkpoint
 * on a fixed 2 s timer, spent ~300 ms replaying it and ~600 ms more on its first table
 * listing). One checkpoint covers every step recorded before it runs. On an in-memory
 * database it does nothing.
 */
export async function recordDerived(
  db: Db,
  step: string,
  fingerprint: string,
  tables: readonly string[],
): Promise<void> {
  const p = new ParamList();
  const values = `${p.add(step)}, ${p.add(fingerprint)}, [${p.list(tables)}]::VARCHAR[]`;
  await db.exec(`INSERT OR REPLACE INTO ${DERIVED_TABLE} VALUES (${values})`, p.values);
  if (checkpointPending.has(db)) return;
  checkpointPending.add(db);
  void whenQuiet(db, QUIET_MS)
    .then(() => {
      checkpointPending.delete(db);
      return checkpointDatabase(db);
    })
    .catch(() => undefined);
}
