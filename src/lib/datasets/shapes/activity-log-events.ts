import type { Db } from '../../db/types';
import { attachScratch, scratchTable } from '../store/scratch-database';
import { ident } from '../../sql/ident';
import type { CsvDialect } from '../detect/dialect';
import { readCsvSql } from '../ingest/read-csv-sql';
import { sourceName } from '../ingest/stage';

/** How many events the settings list at most: the most frequent, the rest counted together. */
export const EVENT_LIST_LIMIT = 200;

/** One event name of an activity log and how many rows it has. */
export interface EventCount {
  readonly event: string;
  readonly rows: number;
}

/** Every event name of the whole file, most frequent first, and what the list leaves out. */
export interface EventList {
  readonly events: readonly EventCount[];
  /** Event names beyond `EVENT_LIST_LIMIT`, and their rows. */
  readonly otherEvents: number;
  readonly otherRows: number;
}

/** What to count: the file, how it is written, and which field holds the event name. */
export interface EventListRequest {
  readonly file: Blob;
  readonly dialect: CsvDialect;
  /** How many fields a line has (the header's length). */
  readonly fieldCount: number;
  /** The event column's field index. */
  readonly event: number;
  readonly signal?: AbortSignal;
}

const token = () => Math.random().toString(36).slice(2, 10);

/**
 * The distinct event names of a whole activity log with their row counts, read by DuckDB
 * from the file itself (every field as text, bad lines set aside as the import sets them
 * aside), so an event that first appears on row 50,000 can be chosen before the import.
 * Nothing live changes; the counts go to the in-memory scratch database (never a stored
 * database file), dropped with the registered file. Aborting
 * `signal` cancels the read in the engine.
 */
export async function listEvents(db: Db, request: EventListRequest): Promise<EventList> {
  const id = token();
  const file = `events_${id}.csv`;
  const table = `__event_list_${id}`;
  await attachScratch(db);
  if (db.registerFileHandle && typeof File !== 'undefined' && request.file instanceof File)
    await db.registerFileHandle(file, request.file);
  else await db.registerFile(file, new Uint8Array(await request.file.arrayBuffer()));
  try {
    const read = readCsvSql({
      file,
      dialect: request.dialect,
      columns: Array.from({ length: request.fieldCount }, (_, i) => ({ name: sourceName(i), type: 'VARCHAR' })),
      // Reject tables are TEMP, private to the reading connection: dropped after the read,
      // as that connection is kept for the next long statement.
      rejects: { scan: `__event_list_scan_${id}`, errors: `__event_list_errors_${id}` },
    });
    const dropRejects = [`__event_list_scan_${id}`, `__event_list_errors_${id}`]
      .map((t) => `DROP TABLE IF EXISTS ${ident(t)}`)
      .join(';\n');
    await db.execLong(
      `-- datasets/shapes/activity-log events
CREATE TABLE ${scratchTable(table)} AS
SELECT nullif(trim(${ident(sourceName(request.event))}), '') AS event, count(*) AS n
FROM ${read} GROUP BY ALL`,
      { then: [dropRejects], ...(request.signal ? { signal: request.signal } : {}) },
    );
    const rows = await db.query<{ event: string; n: number; listed: boolean }>(
      `SELECT event, n, row_number() OVER (ORDER BY n DESC, event) <= $1 AS listed
       FROM ${scratchTable(table)} WHERE event IS NOT NULL ORDER BY n DESC, event`,
      [EVENT_LIST_LIMIT],
      request.signal ? { signal: request.signal } : undefined,
    );
    const others = rows.filter((r) => !r.listed);
    return {
      events: rows.filter((r) => r.listed).map((r) => ({ event: r.event, rows: r.n })),
      otherEvents: others.length,
      otherRows: others.reduce((sum, r) => sum + r.n, 0),
    };
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${scratchTable(table)}`).catch(() => undefined);
    await db.dropFile(file).catch(() => undefined);
  }
}
