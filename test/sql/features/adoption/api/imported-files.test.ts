import { beforeAll, describe, expect, it } from 'vitest';
import { fetchImportedFiles } from '../../../../../src/features/adoption/api/imported-files';
import { registerDataset } from '../../../../../src/lib/datasets/store/registry';
import type { Db } from '../../../../../src/lib/db/types';
import { openBundledDb } from '../../../../support/node-db';

describe('the imported files that feed Adoption (real DuckDB-WASM)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('is empty with the bundled data only', async () => {
    expect(await fetchImportedFiles(db)).toEqual([]);
  });

  it('lists imports into figures and launch events, oldest first, and not cohorts or logs', async () => {
    const entry = (id: string, table: string, file: string, at: string) =>
      registerDataset(db, {
        dataset_id: id,
        kind: table,
        table_name: table,
        storage_table: `ds_${id}`,
        file_name: file,
        origin: 'imported',
        rows: 1,
        loaded_at: new Date(at),
      });
    await entry('b', 'launches', 'launches-mine.csv', '2026-01-02T00:00:00Z');
    await entry('a', 'signups', 'pixelfed.csv', '2026-01-01T00:00:00Z');
    await entry('c', 'retention', 'cohorts.csv', '2026-01-03T00:00:00Z');
    await entry('d', 'events', 'log.csv', '2026-01-04T00:00:00Z');
    expect(await fetchImportedFiles(db)).toEqual(['pixelfed.csv', 'launches-mine.csv']);
  });
});
