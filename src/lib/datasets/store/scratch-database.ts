import { ident, literal, qualified } from '../../sql/ident';
import type { Db } from '../../db/types';

/**
 * An in-memory database beside the main one. An import is read, reshaped, validated and
 * published here: where the main database is a stored `opfs://` file, writing a table
 * there costs about as much again as reading the file, so a new dataset goes live from
 * memory and `storeFreshDatasets` (fresh-datasets.ts) copies it into the file afterwards.
 * The live views read a dataset's table here until then (live-view.ts).
 */
export const SCRATCH_DATABASE = 'uptake_scratch';

/** A table of the scratch database, as SQL. */
export const scratchTable = (name: string) => qualified(SCRATCH_DATABASE, 'main', name);

const tablesIn = (database: string) =>
  `SELECT table_name FROM duckdb_tables() WHERE database_name = ${database} AND schema_name = 'main' AND NOT temporary`;

/**
 * SQL: whether the dataset table named by `column` is only in the scratch database, not
 * yet copied into the main one. The live views read such a table there, and
 * `storeFreshDatasets` copies it.
 */
export const onlyInScratchSql = (column: string) =>
  `(${column} NOT IN (${tablesIn('current_database()')}) AND ${column} IN (${tablesIn(literal(SCRATCH_DATABASE))}))`;

/**
 * SQL: whether this engine has the scratch database attached. Until the Data section
 * readies the import path or a file is imported, it has not, and no dataset can be only there. Asked before `onlyInScratchSql`, because listing tables
 * (`duckdb_tables()`) costs 150–300 ms the first time in an engine (DuckDB then builds
 * the system catalog's default views), which start-up would pay for nothing; listing
 * databases costs a few milliseconds.
 */
export const SCRATCH_ATTACHED_SQL = `(SELECT count(*) > 0 FROM duckdb_databases() WHERE database_name = ${literal(SCRATCH_DATABASE)})`;

/** Whether this engine has the scratch database attached (`SCRATCH_ATTACHED_SQL`). */
export async function scratchAttached(db: Db): Promise<boolean> {
  const [row] = await db.query<{ attached: boolean }>(
    `-- datasets/scratch-attached\nSELECT ${SCRATCH_ATTACHED_SQL} AS attached`,
  );
  return row?.attached === true;
}

/**
 * List tables once, so the engine pays that first listing's cost (see `scratchAttached`)
 * while nobody waits: start-up calls it once the data is in, unless reopening a stored
 * file listed them already. Otherwise the first import's publish, whose live view looks
 * for tables only in the scratch database, paid it: the 100k import's publish went from
 * ~145 to ~270 ms when start-up stopped listing tables. Never throws.
 */
export async function warmTableListing(db: Db): Promise<void> {
  await db.query(`-- datasets/warm-table-listing\nSELECT count(*) FROM duckdb_tables()`).catch(() => undefined);
}

const attaching = new WeakMap<Db, Promise<void>>();

/**
 * Attach the scratch database, once per engine: ATTACH is engine-wide, every connection
 * sees it. A caller while it is being attached waits for that one; a failed attach is
 * tried again by the next caller.
 */
export function attachScratch(db: Db): Promise<void> {
  let attached = attaching.get(db);
  if (!attached) {
    attached = db.exec(`ATTACH IF NOT EXISTS ':memory:' AS ${ident(SCRATCH_DATABASE)}`);
    attaching.set(db, attached);
    attached.catch(() => attaching.delete(db));
  }
  return attached;
}

/**
 * Drop a dataset table's copy in the scratch database, if it has one. Never inside a
 * transaction that writes the main database: a DuckDB transaction writes one database.
 */
export async function dropScratchCopy(db: Db, table: string): Promise<void> {
  await attachScratch(db);
  await db.exec(`DROP TABLE IF EXISTS ${scratchTable(table)}`);
}
