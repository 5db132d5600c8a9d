import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { cancelImport, commitImport, inspectFile } from '../../../../../src/lib/datasets/ingest/import-csv';
import { SCRATCH_DATABASE } from '../../../../../src/lib/datasets/store/scratch-database';
import { discardStaged, stageCsv } from '../../../../../src/lib/datasets/ingest/stage';
import { SCHEMAS } from '../../../../../src/lib/datasets/store/schemas';
import { openNodeDb } from '../../../../support/node-db';
import { importFixture, stageBytes } from './import-support';

// An import is read, reshaped and published in an in-memory database of its own: where the
// main database is a stored file, its table is copied there after the import is done
// (test/sql/lib/datasets/persist/store-fresh.test.ts).

interface Placed {
  database_name: string;
  table_name: string;
}

/** Every staging-side table (`__…`) in any database, and every temporary view. */
async function stagingObjects(db: Db): Promise<{ tables: Placed[]; tempViews: string[] }> {
  const tables = await db.query<Placed>(
    `SELECT database_name, table_name FROM duckdb_tables()
     WHERE table_name LIKE '\\_\\_%' ESCAPE '\\' ORDER BY database_name, table_name`,
  );
  const views = await db.query<{ view_name: string }>(
    `SELECT view_name FROM duckdb_views() WHERE temporary AND NOT internal ORDER BY view_name`,
  );
  return { tables, tempViews: views.map((v) => v.view_name) };
}

/** The database each `__staging_…` table is in, whenever the file's read into it has just finished. */
function watchStagingReads(db: Db): { readInto: string[][] } {
  const seen = { readInto: [] as string[][] };
  const execLong = db.execLong.bind(db);
  db.execLong = async (sql, options) => {
    await execLong(sql, options);
    const { tables } = await stagingObjects(db);
    seen.readInto.push(tables.filter((t) => t.table_name.startsWith('__staging_')).map((t) => t.database_name));
  };
  return seen;
}

describe('staging a shaped file in memory', () => {
  let db: Db;
  let main: string;
  beforeEach(async () => {
    db = await openNodeDb();
    main = (await db.query<{ name: string }>('SELECT current_database() AS name'))[0]?.name ?? '';
  });

  it('reads the text into the scratch database and drops it there when discarded', async () => {
    const file = new Blob(['user_id,event,timestamp\nu1,app_open,2024-03-01T09:00:00Z\n']);
    const { plan } = await inspectFile(file, 'log.csv');
    const staged = await stageCsv(db, {
      schema: SCHEMAS.events,
      fileName: 'log.csv',
      source: file,
      dialect: plan.dialect,
      columns: plan.columns.map((c) => ({ ...c, source: null })),
      fieldCount: 3,
      inMemory: true,
    });
    expect(staged.stagedRows).toBe(1);
    const { tables } = await stagingObjects(db);
    expect(tables.filter((t) => t.table_name === staged.names.staging)).toEqual([
      { database_name: SCRATCH_DATABASE, table_name: staged.names.staging },
    ]);
    expect(tables.filter((t) => t.database_name === main && t.table_name === staged.names.staging)).toEqual([]);
    await discardStaged(db, staged);
    expect(await stagingObjects(db)).toEqual({ tables: [], tempViews: [] });
  });

  it('reshapes in the scratch database and publishes from it, leaving no staging table behind', async () => {
    const seen = watchStagingReads(db);
    const { staged } = await stageBytes(db, importFixture('activity-log-tiny.csv'), { fileName: 'acme.csv' });
    expect(seen.readInto).toEqual([[SCRATCH_DATABASE]]);
    // Reshaped: the text is gone, the rows of its kind wait in the scratch database.
    const { tables, tempViews } = await stagingObjects(db);
    expect(tables.filter((t) => t.table_name.startsWith('__staging_'))).toEqual([
      { database_name: SCRATCH_DATABASE, table_name: staged.staged.names.staging },
    ]);
    expect(tempViews).toEqual([]);
    expect(await commitImport(db, staged, 'i:acme')).toBe(9);
    expect(await stagingObjects(db)).toEqual({ tables: [], tempViews: [] });
    // The dataset's own table is in the scratch database, and the live view reads it there.
    const [entry] = await db.query<{ storage_table: string }>(
      `SELECT storage_table FROM uptake_datasets WHERE dataset_id = 'i:acme'`,
    );
    const placed = await db.query<Placed>(
      `SELECT database_name, table_name FROM duckdb_tables() WHERE table_name = $1`,
      [entry!.storage_table],
    );
    expect(placed).toEqual([{ database_name: SCRATCH_DATABASE, table_name: entry!.storage_table }]);
    expect(await db.query(`SELECT count(*) AS n FROM events WHERE dataset_id = 'i:acme'`)).toEqual([{ n: 9 }]);
  });

  it('leaves nothing behind in either database when a reshaped import is cancelled', async () => {
    const { staged } = await stageBytes(db, importFixture('posthog-retention-weekly.csv'), { fileName: 'ph.csv' });
    expect(staged.validation.validRows).toBeGreaterThan(0);
    await cancelImport(db, staged);
    expect(await stagingObjects(db)).toEqual({ tables: [], tempViews: [] });
  });

  it('reads a file in the kind’s own columns into the scratch database too', async () => {
    const seen = watchStagingReads(db);
    const { staged } = await stageBytes(
      db,
      'user_id,platform,region,signup_date,activity_date,kind\nu1,Acme,global,2024-03-01,2024-03-02,reported\n',
    );
    expect(staged.staged.reshaped).toBeUndefined();
    expect(seen.readInto).toEqual([[SCRATCH_DATABASE]]);
    await cancelImport(db, staged);
    expect(await stagingObjects(db)).toEqual({ tables: [], tempViews: [] });
  });
});
