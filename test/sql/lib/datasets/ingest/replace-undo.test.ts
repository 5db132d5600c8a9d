import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { commitStaged } from '../../../../../src/lib/datasets/ingest/commit';
import { commitImport, stageImport, inspectFile } from '../../../../../src/lib/datasets/ingest/import-csv';
import { dropDetached, restoreDataset, setDatasetAside } from '../../../../../src/lib/datasets/store/live-view';
import { listDatasets, type DatasetEntry } from '../../../../../src/lib/datasets/store/registry';
import { openBundledDb } from '../../../../support/node-db';
import { SIGNUPS_HEADER, signupsRow, TODAY, utf8 } from './import-support';

async function importFile(db: Db, fileName: string, rows: readonly string[], id: string, replaces?: string) {
  const file = new Blob([utf8([SIGNUPS_HEADER, ...rows].join('\n')) as Uint8Array<ArrayBuffer>]);
  const { plan } = await inspectFile(file, fileName);
  const staged = await stageImport(db, { file, fileName, plan, today: TODAY });
  if (replaces === undefined) return commitImport(db, staged, id, new Date('2026-11-20T10:00:00Z'));
  return commitStaged(db, staged.staged, { datasetId: id, origin: 'imported', skipProblemRows: true, replaces });
}

const tables = async (db: Db) =>
  (await db.query<{ table_name: string }>(`SELECT table_name FROM duckdb_tables()`)).map((r) => r.table_name);

/** What the app shows: the list and the imported rows in the live view. */
async function visible(db: Db) {
  return {
    list: (await listDatasets(db)).map((d) => [d.dataset_id, d.file_name, d.rows, d.loaded_at.toISOString()]),
    rows: await db.query<{ dataset_id: string; platform: string; value: number }>(
      `SELECT dataset_id, platform, value FROM signups WHERE dataset_id LIKE 'i:%' ORDER BY dataset_id, value`,
    ),
  };
}

describe('Remove and Replace can be undone', () => {
  let db: Db;
  let entry: DatasetEntry;
  beforeEach(async () => {
    db = await openBundledDb();
    await importFile(db, 'pixelfed.csv', [signupsRow('Pixelfed', '2024-01-01', '100')], 'i:old');
    const found = (await listDatasets(db)).find((d) => d.dataset_id === 'i:old');
    if (!found) throw new Error('the import did not land');
    entry = found;
  });

  it('a removal set aside leaves the list and the view; restoring brings back the same dataset', async () => {
    const before = await visible(db);
    const aside = await setDatasetAside(db, 'i:old');
    expect(aside).toEqual(entry);
    expect((await visible(db)).rows).toEqual([]);
    expect((await visible(db)).list.map((d) => d[0])).not.toContain('i:old');
    // The rows are kept, outside every view, until Undo or the end of the undo window.
    expect(await tables(db)).toContain(entry.storage_table);
    await restoreDataset(db, entry);
    // Same id, file, rows and load time: the list and the charts are as they were.
    expect(await visible(db)).toEqual(before);
  });

  it('once the undo window ends the set-aside table is dropped, and restoring fails without changing anything', async () => {
    await setDatasetAside(db, 'i:old');
    const after = await visible(db);
    await dropDetached(db, entry);
    expect(await tables(db)).not.toContain(entry.storage_table);
    await expect(restoreDataset(db, entry)).rejects.toThrow();
    expect(await visible(db)).toEqual(after);
  });

  it('undoing a replace puts the old dataset back and drops the new one, in one transaction', async () => {
    const before = await visible(db);
    expect(await importFile(db, 'pixelfed.csv', [signupsRow('Pixelfed', '2024-02-01', '250')], 'i:new', 'i:old')).toBe(
      1,
    );
    expect((await visible(db)).rows).toEqual([{ dataset_id: 'i:new', platform: 'Pixelfed', value: 250 }]);
    const newStorage = (await listDatasets(db)).find((d) => d.dataset_id === 'i:new')?.storage_table;
    await restoreDataset(db, entry, 'i:new');
    expect(await visible(db)).toEqual(before);
    expect(await tables(db)).not.toContain(newStorage);
    expect(await tables(db)).toContain(entry.storage_table);
  });
});
