import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { CsvLoadError } from '../../../../../src/lib/datasets/ingest/csv-load-error';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { EXPECTATIONS } from '../../../../../src/lib/datasets/store/schemas';
import { openNodeDb } from '../../../../support/node-db';

const HEADER = 'platform,region,launch_date,expected_users,horizon,expected_by,source,note';
const good = `${HEADER}\nThreads,EU-27,2023-12-14,40000000,2024,analyst,WSJ,\n`;
const bytes = (text: string) => new TextEncoder().encode(text);

async function load(db: Db, text: string, file = 'expectations.csv') {
  return loadCsv(db, { schema: EXPECTATIONS, fileName: file, bytes: bytes(text), datasetId: file });
}

async function failure(db: Db, text: string): Promise<CsvLoadError> {
  const error = await load(db, text).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CsvLoadError);
  return error as CsvLoadError;
}

describe('loadCsv', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    expect(await load(db, good)).toBe(1);
  });

  const count = async () => (await db.query<{ n: number }>('SELECT count(*) AS n FROM expectations'))[0]?.n;

  it('loads declared types and tags the dataset', async () => {
    const rows = await db.query<{ launch_date: Date; expected_users: number; dataset_id: string }>(
      'SELECT launch_date, expected_users, dataset_id FROM expectations',
    );
    expect(rows).toEqual([
      { launch_date: new Date('2023-12-14T00:00:00Z'), expected_users: 40_000_000, dataset_id: 'expectations.csv' },
    ]);
  });

  it('names file, line and column for a non-numeric value, and keeps what was loaded', async () => {
    const error = await failure(
      db,
      `${HEADER}\nThreads,EU-27,2023-12-14,1,a,b,c,\nThreads,US,2023-07-05,lots,a,b,c,\n`,
    );
    expect(error.message).toMatch(/^expectations\.csv: line 3, column "expected_users": /);
    expect(error.problems[0]).toMatchObject({ line: 3, column: 'expected_users' });
    expect(error.problems[0]?.reason).toContain('lots');
    expect(await count()).toBe(1);
  });

  it('rejects a renamed column in the header at line 1', async () => {
    const error = await failure(db, good.replace('expected_users', 'expected'));
    expect(error.problems).toEqual([
      { line: 1, column: 'expected_users', reason: 'column 4 is "expected", expected "expected_users"' },
    ]);
    expect(await count()).toBe(1);
  });

  it('reports a ragged row and an impossible date with their lines', async () => {
    const error = await failure(db, `${HEADER}\nThreads,EU-27,2023-02-30,1,a,b,c,\nX,US,2023-01-01,1,a,b,c,,extra\n`);
    expect(error.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(error.problems[0]?.column).toBe('launch_date');
    expect(await count()).toBe(1);
  });

  it('reports an empty required value', async () => {
    const error = await failure(db, `${HEADER}\nThreads,,2023-12-14,1,a,b,c,\n`);
    expect(error.problems).toEqual([{ line: 2, column: 'region', reason: 'required value "region" is empty' }]);
    expect(await count()).toBe(1);
  });
});

describe('loading a damaged copy of a bundled file', () => {
  it('names data/signups.csv, the line and the column of a non-numeric value', async () => {
    const { readDataFile } = await import('../../../../support/node-db');
    const { SIGNUPS } = await import('../../../../../src/lib/datasets/store/schemas');
    const lines = new TextDecoder().decode(readDataFile('signups.csv')).split('\n');
    // Line 40 of the file (index 39): replace its value field with text.
    const fields = lines[39]!.split(',');
    const valueIndex = SIGNUPS.columns.findIndex((c) => c.name === 'value');
    expect(Number.isFinite(Number(fields[valueIndex]))).toBe(true);
    fields[valueIndex] = 'n/a';
    lines[39] = fields.join(',');
    const db = await openNodeDb();
    const error = await loadCsv(db, {
      schema: SIGNUPS,
      fileName: 'data/signups.csv',
      bytes: new TextEncoder().encode(lines.join('\n')),
      datasetId: 'bundled:signups',
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CsvLoadError);
    expect((error as CsvLoadError).message).toMatch(/^data\/signups\.csv: line 40, column "value": .*n\/a/);
    // The failed load rolled back: no table of its own was left behind, nothing is listed,
    // and the live view is still empty.
    const tables = await db.query<{ table_name: string }>(`SELECT table_name FROM duckdb_tables()`);
    expect(tables.map((t) => t.table_name)).toEqual(['uptake_datasets', 'uptake_derived']);
    expect(await db.query('SELECT * FROM uptake_datasets')).toEqual([]);
    expect(await db.query('SELECT count(*) AS n FROM signups')).toEqual([{ n: 0 }]);
  });
});
