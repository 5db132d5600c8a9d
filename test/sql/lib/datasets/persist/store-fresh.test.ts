import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { reopenDatasets } from '../../../../../src/lib/datasets/persist/reopen';
import { storeFreshDatasets } from '../../../../../src/lib/datasets/persist/store-fresh';
import { removeDataset } from '../../../../../src/lib/datasets/store/live-view';
import { SCRATCH_DATABASE } from '../../../../../src/lib/datasets/store/scratch-database';
import type { Db } from '../../../../../src/lib/db/types';
import { openNodeDb } from '../../../../support/node-db';
import { importFixture, stageBytes } from '../ingest/import-support';

// An import goes live from the in-memory scratch database; storeFreshDatasets copies it into
// the stored database file afterwards. Here the main database is a real DuckDB file on disk,
// as the browser's `opfs://` one. A reload loses the scratch database: detaching it and
// running reopen on the same engine is what the next visit's start-up finds. (A second
// engine opening the file in the same Node process does not see the first one's writes.)

/** The activity log fixture's nine rows as the live view reads them (hand-checked in activity-log.test.ts). */
const eventsOf = (db: Db, id: string) =>
  db.query<{ user_id: string; activity_date: Date }>(
    `SELECT user_id, activity_date FROM events WHERE dataset_id = $1 ORDER BY ALL`,
    [id],
  );
const placeOf = async (db: Db, id: string) => {
  const [entry] = await db.query<{ storage_table: string }>(
    `SELECT storage_table FROM uptake_datasets WHERE dataset_id = $1`,
    [id],
  );
  const rows = await db.query<{ database_name: string }>(
    `SELECT database_name FROM duckdb_tables() WHERE table_name = $1 AND NOT temporary ORDER BY 1`,
    [entry?.storage_table ?? ''],
  );
  return rows.map((r) => r.database_name);
};

/** The database as the next visit's page has it: the scratch database is gone, and the page's caches (keyed by its `Db`) are new. */
async function nextVisit(db: Db): Promise<Db> {
  await db.exec(`DETACH ${SCRATCH_DATABASE}`);
  return { ...db };
}

describe('storing imports published from memory into a database file', () => {
  let dir: string;
  let path: string;
  let db: Db;
  let mainName: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'uptake-store-'));
    path = join(dir, 'uptake.duckdb');
    db = await openNodeDb(path);
    mainName = (await db.query<{ n: string }>('SELECT current_database() AS n'))[0]!.n;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function importTiny(id: string): Promise<void> {
    const { staged } = await stageBytes(db, importFixture('activity-log-tiny.csv'), { fileName: 'acme.csv' });
    expect(await commitImport(db, staged, id)).toBe(9);
  }

  it('copies the table into the file, frees the memory, and the next visit reopens the same rows', async () => {
    await importTiny('i:acme');
    const live = await eventsOf(db, 'i:acme');
    expect(live).toHaveLength(9);
    expect(await placeOf(db, 'i:acme')).toEqual([SCRATCH_DATABASE]);

    expect(await storeFreshDatasets(db)).toBe(1);
    expect(await placeOf(db, 'i:acme')).toEqual([mainName]);
    expect(await eventsOf(db, 'i:acme')).toEqual(live);
    // Nothing left to store: a second call moves nothing.
    expect(await storeFreshDatasets(db)).toBe(0);

    const next = await nextVisit(db);
    expect([...(await reopenDatasets(next, null))]).toEqual(['i:acme']);
    expect(await eventsOf(next, 'i:acme')).toEqual(live);
  });

  it('leaves an import the tab closed on before storing it to be read again from its saved file', async () => {
    await importTiny('i:acme');
    // The registry and the live view are in the file; the rows were only in memory.
    const next = await nextVisit(db);
    expect((await reopenDatasets(next, null)).size).toBe(0);
    expect(await next.query(`SELECT count(*) AS n FROM events`)).toEqual([{ n: 0 }]);
    expect(await next.query(`SELECT count(*) AS n FROM uptake_datasets`)).toEqual([{ n: 0 }]);
  });

  it('reopens an import whose table was copied into the file just before the page went, its view not yet moved', async () => {
    await importTiny('i:acme');
    const live = await eventsOf(db, 'i:acme');
    const [entry] = await db.query<{ t: string }>(`SELECT storage_table AS t FROM uptake_datasets`);
    // The first step of storeFreshDatasets, and no more: the live view still reads the scratch copy.
    await db.exec(`CREATE TABLE "${entry!.t}" AS SELECT * FROM ${SCRATCH_DATABASE}.main."${entry!.t}"`);
    const next = await nextVisit(db);
    expect([...(await reopenDatasets(next, null))]).toEqual(['i:acme']);
    expect(await eventsOf(next, 'i:acme')).toEqual(live);
  });

  it('stores nothing of an import removed before it was stored, and frees its memory', async () => {
    await importTiny('i:gone');
    await importTiny('i:kept');
    expect(await removeDataset(db, 'i:gone')).toBe(9);
    const scratch = await db.query(`SELECT table_name FROM duckdb_tables() WHERE database_name = $1`, [
      SCRATCH_DATABASE,
    ]);
    expect(scratch).toHaveLength(1);
    expect(await storeFreshDatasets(db)).toBe(1);
    expect(await placeOf(db, 'i:kept')).toEqual([mainName]);
    expect(await db.query(`SELECT DISTINCT dataset_id FROM events`)).toEqual([{ dataset_id: 'i:kept' }]);
  });

  it('copies nothing where the main database is in memory too', async () => {
    const memory = await openNodeDb();
    const { staged } = await stageBytes(memory, importFixture('activity-log-tiny.csv'), { fileName: 'acme.csv' });
    await commitImport(memory, staged, 'i:acme');
    expect(await storeFreshDatasets(memory)).toBe(0);
    expect(await memory.query(`SELECT count(*) AS n FROM events`)).toEqual([{ n: 9 }]);
  });
});
