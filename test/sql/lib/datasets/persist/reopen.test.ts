import { beforeEach, describe, expect, it } from 'vitest';
import { reopenDatasets } from '../../../../../src/lib/datasets/persist/reopen';
import { attachDataset } from '../../../../../src/lib/datasets/store/live-view';
import { DERIVED_TABLE, recordDerived } from '../../../../../src/lib/datasets/store/derived-tables';
import { REGISTRY_TABLE } from '../../../../../src/lib/datasets/store/registry';
import type { Db } from '../../../../../src/lib/db/types';
import { openBundledDb } from '../../../../support/node-db';

/** An imported signups dataset of `rows` rows (copied from the bundled ones), in its own table. */
async function addImport(db: Db, id: string, table: string, rows: number): Promise<void> {
  await db.exec(`CREATE TABLE ${table} AS SELECT * EXCLUDE (dataset_id) FROM signups LIMIT ${rows}`);
  await db.transaction((tx) =>
    attachDataset(tx, {
      dataset_id: id,
      kind: 'signups',
      storage_table: table,
      file_name: `${id}.csv`,
      origin: 'imported',
      rows,
    }),
  );
}

const tables = async (db: Db) =>
  (
    await db.query<{ t: string }>(
      `SELECT table_name AS t FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary ORDER BY 1`,
    )
  ).map((r) => r.t);
const registry = async (db: Db) =>
  (await db.query<{ id: string }>(`SELECT dataset_id AS id FROM ${REGISTRY_TABLE} ORDER BY 1`)).map((r) => r.id);
const signupIds = async (db: Db) =>
  await db.query<{ id: string; n: number }>(
    `SELECT dataset_id AS id, count(*) AS n FROM signups GROUP BY 1 ORDER BY 1`,
  );

describe('reopenDatasets: a database file reopened at start-up', () => {
  let db: Db;
  beforeEach(async () => {
    // As a file left by the last visit: bundled data, two imports, and tables no dataset owns.
    db = await openBundledDb();
    await addImport(db, 'import:a', 'ds_signups_a', 3);
    await addImport(db, 'import:b', 'ds_signups_b', 2);
    await db.exec('CREATE TABLE retention_ev_users AS SELECT 1 AS x; CREATE TABLE stage_cut_off AS SELECT 2 AS y');
  });

  it('keeps the imports IndexedDB still lists, drops the bundled data, the removed import and orphans', async () => {
    const kept = await reopenDatasets(db, new Set(['import:a', 'import:gone']));
    expect([...kept]).toEqual(['import:a']);
    expect(await registry(db)).toEqual(['import:a']);
    expect(await tables(db)).toEqual(['ds_signups_a', REGISTRY_TABLE, DERIVED_TABLE]);
    // The live view reads exactly the kept import's rows until the bundled data loads again.
    expect(await signupIds(db)).toEqual([{ id: 'import:a', n: 3 }]);
    expect(await db.query(`SELECT count(*) AS n FROM events`)).toEqual([{ n: 0 }]);
  });

  it('keeps every import when the list of stored files cannot be read', async () => {
    const kept = await reopenDatasets(db, null);
    expect([...kept].sort()).toEqual(['import:a', 'import:b']);
    expect(await signupIds(db)).toEqual([
      { id: 'import:a', n: 3 },
      { id: 'import:b', n: 2 },
    ]);
  });

  it('drops an import whose table is missing, so its file is read again', async () => {
    await db.exec('DROP TABLE ds_signups_b');
    const kept = await reopenDatasets(db, new Set(['import:a', 'import:b']));
    expect([...kept]).toEqual(['import:a']);
    expect(await registry(db)).toEqual(['import:a']);
  });

  it('starts a file without a dataset store clean, with every live view empty', async () => {
    await db.exec(`DROP TABLE ${REGISTRY_TABLE}`);
    const kept = await reopenDatasets(db, new Set(['import:a']));
    expect(kept.size).toBe(0);
    expect(await tables(db)).toEqual([REGISTRY_TABLE, DERIVED_TABLE]);
    expect(await registry(db)).toEqual([]);
    expect(await db.query(`SELECT count(*) AS n FROM signups`)).toEqual([{ n: 0 }]);
  });

  it('keeps the tables a feature listed as derived from the datasets, and drops the other orphans', async () => {
    await db.exec('CREATE TABLE retention_ev_cells AS SELECT 3 AS z');
    await recordDerived(db, 'retention/prepare-events', 'import:a=ds_signups_a', ['retention_ev_cells']);
    await reopenDatasets(db, new Set(['import:a']));
    expect(await tables(db)).toEqual(['ds_signups_a', 'retention_ev_cells', REGISTRY_TABLE, DERIVED_TABLE]);
  });

  it('gives a file stored before derived tables were listed their list, and drops its old cached tables', async () => {
    await db.exec(`DROP TABLE ${DERIVED_TABLE}; CREATE TABLE retention_ev_cells AS SELECT 3 AS z`);
    await reopenDatasets(db, new Set(['import:a']));
    expect(await tables(db)).toEqual(['ds_signups_a', REGISTRY_TABLE, DERIVED_TABLE]);
    expect(await db.query(`SELECT count(*) AS n FROM ${DERIVED_TABLE}`)).toEqual([{ n: 0 }]);
  });
});
