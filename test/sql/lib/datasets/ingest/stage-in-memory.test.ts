import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { cancelImport, commitImport, inspectFile } from '../../../../../src/lib/datasets/ingest/import-csv';
import { SCRATCH_DATABASE } from '../../../../../src/lib/datasets/ingest/scratch-database';
import { discardStaged, stageCsv } from '../../../../../src/lib/datasets/ingest/stage';
import { SCHEMAS } from '../../../../../src/lib/datasets/store/schemas';
import { openNodeDb } from '../../../../support/node-db';
import { importFixture, stageBytes } from './import-support';

// A shaped file's text is read into an in-memory database of its own, so that where the
// main database is a stored file only the reshaped rows are written to it.

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

  it('writes only the reshaped rows to the main database, and leaves nothing behind once published', async () => {
    const seen = watchStagingReads(db);
    const { staged } = await stageBytes(db, importFixture('activity-log-tiny.csv'), { fileName: 'acme.csv' });
    expect(seen.readInto).toEqual([[SCRATCH_DATABASE]]);
    // Reshaped: the text is gone, the rows of its kind wait in the main database.
    const { tables, tempViews } = await stagingObjects(db);
    expect(tables.filter((t) => t.database_name === SCRATCH_DATABASE)).toEqual([]);
    expect(tables.filter((t) => t.table_name.startsWith('__staging_'))).toEqual([
      { database_name: main, table_name: staged.staged.names.staging },
    ]);
    expect(tempViews).toEqual([]);
    expect(await commitImport(db, staged, 'i:acme')).toBe(9);
    expect(await stagingObjects(db)).toEqual({ tables: [], tempViews: [] });
  });

  it('leaves nothing behind in either database when a reshaped import is cancelled', async () => {
    const { staged } = await stageBytes(db, importFixture('posthog-retention-weekly.csv'), { fileName: 'ph.csv' });
    expect(staged.validation.validRows).toBeGreaterThan(0);
    await cancelImport(db, staged);
    expect(await stagingObjects(db)).toEqual({ tables: [], tempViews: [] });
  });

  it('keeps a file in the kind’s own columns in the main database, where publishing renames it', async () => {
    const seen = watchStagingReads(db);
    const { staged } = await stageBytes(
      db,
      'user_id,platform,region,signup_date,activity_date,kind\nu1,Acme,global,2024-03-01,2024-03-02,reported\n',
    );
    expect(staged.staged.reshaped).toBeUndefined();
    expect(seen.readInto).toEqual([[main]]);
    await cancelImport(db, staged);
  });
});
