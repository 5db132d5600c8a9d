import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { commitStaged } from '../../../../../src/lib/datasets/ingest/commit';
import {
  commitImport,
  inspectFile,
  stageImport,
  type StagedImport,
} from '../../../../../src/lib/datasets/ingest/import-csv';
import { findReplaceTarget, validateReplacing } from '../../../../../src/lib/datasets/ingest/replace';
import { removeDataset } from '../../../../../src/lib/datasets/store/live-view';
import { listDatasets } from '../../../../../src/lib/datasets/store/registry';
import { openBundledDb } from '../../../../support/node-db';
import { liveCounts, SIGNUPS_HEADER, signupsRow, TODAY, utf8 } from './import-support';

/** Stage a file under its own name, as the Data section does. */
async function stage(db: Db, fileName: string, rows: readonly string[]): Promise<StagedImport> {
  const file = new Blob([utf8([SIGNUPS_HEADER, ...rows].join('\n')) as Uint8Array<ArrayBuffer>]);
  const { plan } = await inspectFile(file, fileName);
  return stageImport(db, { file, fileName, plan, today: TODAY });
}

const tables = async (db: Db) =>
  (await db.query<{ table_name: string }>(`SELECT table_name FROM duckdb_tables() ORDER BY table_name`)).map(
    (r) => r.table_name,
  );

/** The imported rows in the live view, as (dataset, platform, date, value). */
const importedRows = async (db: Db) =>
  db.query<{ dataset_id: string; platform: string; day: string; value: number }>(
    `SELECT dataset_id, platform, strftime(date, '%Y-%m-%d') AS day, value FROM signups
     WHERE dataset_id LIKE 'i:%' ORDER BY dataset_id, platform, day`,
  );

const ids = async (db: Db) => (await listDatasets(db)).map((d) => d.dataset_id);

const OLD = [signupsRow('Pixelfed', '2024-01-01', '100'), signupsRow('Pixelfed', '2024-02-01', '200')];
// The newer version repeats both old rows (same key) and adds a month.
const NEW = [...OLD, signupsRow('Pixelfed', '2024-03-01', '300')];

describe('replacing an imported dataset with a newer version of its file', () => {
  let db: Db;
  let bundled: Record<string, number>;
  beforeEach(async () => {
    db = await openBundledDb();
    bundled = await liveCounts(db);
    await commitImport(db, await stage(db, 'pixelfed.csv', OLD), 'i:old');
  });

  it('finds the dataset by file name, or by kind and the same platforms, never a bundled one', async () => {
    const sameName = await stage(db, 'pixelfed.csv', [signupsRow('Lemmy')]);
    expect(await findReplaceTarget(db, sameName.staged)).toMatchObject({
      reason: 'same-file',
      entry: { dataset_id: 'i:old', file_name: 'pixelfed.csv', rows: 2, origin: 'imported' },
    });
    const samePlatforms = await stage(db, 'pixelfed-2025.csv', NEW);
    expect(await findReplaceTarget(db, samePlatforms.staged)).toMatchObject({
      reason: 'same-platforms',
      entry: { dataset_id: 'i:old' },
    });
    // A superset of the platforms is another dataset, not a newer version.
    const more = await stage(db, 'fediverse.csv', [...OLD, signupsRow('Lemmy')]);
    expect(await findReplaceTarget(db, more.staged)).toBeNull();
    // Threads' figures are all in the bundled dataset: still nothing to replace.
    const threads = await stage(db, 'threads.csv', [signupsRow('Threads', '2024-05-01', '1')]);
    expect(await findReplaceTarget(db, threads.staged)).toBeNull();
  });

  it('finds nothing to replace once no import of the kind is left, even under the same file name', async () => {
    await removeDataset(db, 'i:old');
    const again = await stage(db, 'pixelfed.csv', OLD);
    expect(await findReplaceTarget(db, again.staged)).toBeNull();
  });

  it('checks duplicate keys without the dataset being replaced, then swaps the rows in one step', async () => {
    const { staged, validation } = await stage(db, 'pixelfed.csv', NEW);
    // Against everything loaded, both repeated rows are "already loaded" in i:old.
    expect(validation.badRows).toBe(2);
    expect(validation.problems.map((p) => p.reason)).toEqual([
      expect.stringContaining('dataset "i:old"'),
      expect.stringContaining('dataset "i:old"'),
    ]);
    const replacing = await validateReplacing(db, staged, 'i:old', { domain: true, today: TODAY });
    expect(replacing).toEqual({ problems: [], badRows: 0, validRows: 3, blocking: null });
    // Checking hid i:old only inside its own transaction: the view still has it.
    expect(await importedRows(db)).toHaveLength(2);

    const oldStorage = (await listDatasets(db)).find((d) => d.dataset_id === 'i:old')?.storage_table;
    expect(
      await commitStaged(db, staged, {
        datasetId: 'i:new',
        origin: 'imported',
        skipProblemRows: false,
        replaces: 'i:old',
      }),
    ).toBe(3);
    expect(await importedRows(db)).toEqual([
      { dataset_id: 'i:new', platform: 'Pixelfed', day: '2024-01-01', value: 100 },
      { dataset_id: 'i:new', platform: 'Pixelfed', day: '2024-02-01', value: 200 },
      { dataset_id: 'i:new', platform: 'Pixelfed', day: '2024-03-01', value: 300 },
    ]);
    expect(await ids(db)).not.toContain('i:old');
    expect(await ids(db)).toContain('i:new');
    expect((await liveCounts(db)).signups).toBe((bundled.signups ?? 0) + 3);
    // The old rows' table is kept aside (for Undo), outside every view.
    expect(await tables(db)).toContain(oldStorage);
  });

  it('a replace that fails in its transaction changes nothing: the old dataset stays, the new rows never arrive', async () => {
    const { staged } = await stage(db, 'pixelfed.csv', NEW);
    await validateReplacing(db, staged, 'i:old', { domain: true, today: TODAY });
    const before = { rows: await importedRows(db), ids: await ids(db), tables: await tables(db) };
    // The new id is taken (by a bundled dataset): the registry refuses it after i:old was detached.
    await expect(
      commitStaged(db, staged, {
        datasetId: 'bundled:signups',
        origin: 'imported',
        skipProblemRows: false,
        replaces: 'i:old',
      }),
    ).rejects.toThrow(/bundled:signups|constraint|duplicate/i);
    expect(await importedRows(db)).toEqual(before.rows);
    expect(await ids(db)).toEqual(before.ids);
    // The staging tables are dropped too: the tables are exactly those before staging.
    const staging = Object.values(staged.names).flatMap((n) => (typeof n === 'string' ? [n] : Object.values(n)));
    expect((await tables(db)).filter((t) => !staging.includes(t))).toEqual(
      before.tables.filter((t) => !staging.includes(t)),
    );
    expect((await tables(db)).some((t) => staging.includes(t))).toBe(false);
    expect((await liveCounts(db)).signups).toBe((bundled.signups ?? 0) + 2);
  });

  it('refuses to replace a dataset that is no longer loaded, publishing nothing', async () => {
    const { staged } = await stage(db, 'pixelfed.csv', [signupsRow('Lemmy')]);
    await expect(
      commitStaged(db, staged, { datasetId: 'i:new', origin: 'imported', skipProblemRows: false, replaces: 'i:gone' }),
    ).rejects.toThrow(/no longer loaded/);
    expect(await ids(db)).not.toContain('i:new');
    expect(await importedRows(db)).toHaveLength(2);
  });
});
