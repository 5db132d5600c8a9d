import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { commitImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { removeDataset } from '../../../../../src/lib/datasets/store/live-view';
import { SIGNUPS } from '../../../../../src/lib/datasets/store/schemas';
import { openBundledDb } from '../../../../support/node-db';
import { liveCounts, SIGNUPS_HEADER, signupsRow, stageBytes, utf8 } from './import-support';

/** Every base table (not view) in the database. */
const tables = async (db: Db) =>
  (await db.query<{ table_name: string }>(`SELECT table_name FROM duckdb_tables() ORDER BY table_name`)).map(
    (r) => r.table_name,
  );

const storageOf = async (db: Db, id: string) =>
  (await db.query<{ storage_table: string }>('SELECT storage_table FROM uptake_datasets WHERE dataset_id = ?', [id]))[0]
    ?.storage_table;

describe('each dataset has a table of its own behind the live view', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openBundledDb();
  });

  it('the live names are views over one table per bundled dataset', async () => {
    const views = await db.query<{ view_name: string }>(
      `SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name`,
    );
    expect(views.map((v) => v.view_name)).toEqual(['events', 'expectations', 'launches', 'retention', 'signups']);
    const storage = await storageOf(db, 'bundled:signups');
    expect(storage).toMatch(/^ds_signups_/);
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM duckdb_columns() WHERE table_name = $1 ORDER BY column_index`,
      [storage ?? ''],
    );
    expect(columns.map((c) => c.column_name)).toEqual(SIGNUPS.columns.map((c) => c.name));
  });

  it('an import becomes its own table with exactly the schema columns, and removal drops it', async () => {
    const before = await liveCounts(db);
    const tablesBefore = await tables(db);
    // Columns out of order, an extra one, and the optional "note" missing: shaped on commit.
    const header = 'value,extra,platform,date,metric,measure,basis,region,coverage,source,kind';
    const row = (p: string, v: string) => `${v},ignored,${p},2024-01-01,MAU,MAU,company,global,global,own,reported`;
    const { staged } = await stageBytes(db, utf8(`${header}\n${row('Pixelfed', '10')}\n${row('Lemmy', '20')}\n`));
    expect(staged.validation.problems).toEqual([]);
    expect(await commitImport(db, staged, 'i:own')).toBe(2);

    const storage = await storageOf(db, 'i:own');
    expect(await tables(db)).toEqual([...tablesBefore, storage].sort());
    const columns = await db.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = $1 ORDER BY column_name`,
      [storage ?? ''],
    );
    expect(columns).toEqual(
      SIGNUPS.columns
        .map((c) => ({ column_name: c.name, data_type: c.type }))
        .sort((a, b) => a.column_name.localeCompare(b.column_name)),
    );
    const rows = await db.query<{ platform: string; value: number; note: string | null }>(
      `SELECT platform, value, note FROM signups WHERE dataset_id = 'i:own' ORDER BY value`,
    );
    expect(rows).toEqual([
      { platform: 'Pixelfed', value: 10, note: null },
      { platform: 'Lemmy', value: 20, note: null },
    ]);

    expect(await removeDataset(db, 'i:own')).toBe(2);
    expect(await tables(db)).toEqual(tablesBefore);
    expect(await liveCounts(db)).toEqual(before);
  });

  it('one source column mapped to two schema columns, one of them converted, fills both', async () => {
    const { staged } = await stageBytes(db, utf8(`${SIGNUPS_HEADER}\n${signupsRow('Pixelfed', '2024-01-01', '7')}\n`), {
      // "note" also takes the value column, read as text; "value" is read as text and converted.
      plan: (p) => ({
        ...p,
        columns: p.columns.map((c) =>
          c.column === 'note'
            ? { ...c, source: 5, type: 'VARCHAR' }
            : c.column === 'value'
              ? { ...c, type: 'VARCHAR' }
              : c,
        ),
      }),
    });
    expect(staged.validation.problems).toEqual([]);
    await commitImport(db, staged, 'i:twice');
    expect(await db.query(`SELECT value, note FROM signups WHERE dataset_id = 'i:twice'`)).toEqual([
      { value: 7, note: '7' },
    ]);
  });

  it('a commit that fails publishes nothing and leaves no table behind', async () => {
    const before = await liveCounts(db);
    const tablesBefore = await tables(db);
    const first = await stageBytes(db, utf8(`${SIGNUPS_HEADER}\n${signupsRow('Pixelfed')}\n`));
    await commitImport(db, first.staged, 'i:same');
    const second = await stageBytes(db, utf8(`${SIGNUPS_HEADER}\n${signupsRow('Lemmy')}\n`));
    // The dataset id is taken: the registry refuses it inside the publishing transaction.
    await expect(commitImport(db, second.staged, 'i:same')).rejects.toThrow(/i:same|constraint|Duplicate/i);
    expect((await liveCounts(db)).signups).toBe((before.signups ?? 0) + 1);
    expect(await db.query(`SELECT platform FROM signups WHERE dataset_id = 'i:same'`)).toEqual([
      { platform: 'Pixelfed' },
    ]);
    expect(await tables(db)).toEqual([...tablesBefore, await storageOf(db, 'i:same')].sort());
  });

  it('publishing one import while removing another of the same kind: both land', async () => {
    const before = await liveCounts(db);
    const first = await stageBytes(db, utf8(`${SIGNUPS_HEADER}\n${signupsRow('Pixelfed')}\n`));
    await commitImport(db, first.staged, 'i:old');
    const second = await stageBytes(db, utf8(`${SIGNUPS_HEADER}\n${signupsRow('Lemmy')}\n`));
    // Each redefines the signups view in its own transaction; run unqueued, one would fail.
    const [published, removed] = await Promise.all([
      commitImport(db, second.staged, 'i:new'),
      removeDataset(db, 'i:old'),
    ]);
    expect([published, removed]).toEqual([1, 1]);
    expect(await db.query(`SELECT dataset_id FROM signups WHERE dataset_id LIKE 'i:%'`)).toEqual([
      { dataset_id: 'i:new' },
    ]);
    expect((await liveCounts(db)).signups).toBe((before.signups ?? 0) + 1);
  });
});
