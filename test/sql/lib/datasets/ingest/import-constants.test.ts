import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import {
  commitImport,
  inspectFile,
  stageImport,
  type ImportPlan,
} from '../../../../../src/lib/datasets/ingest/import-csv';
import { openBundledDb } from '../../../../support/node-db';

const TODAY = new Date('2026-11-27T00:00:00Z');

async function stage(db: Db, text: string, fileName: string, change: (plan: ImportPlan) => ImportPlan = (p) => p) {
  const file = new Blob([text]);
  const inspection = await inspectFile(file, fileName);
  const plan = change(inspection.plan);
  return { plan, staged: await stageImport(db, { file, fileName, plan, today: TODAY }) };
}

const setConstant =
  (column: string, constant: string) =>
  (plan: ImportPlan): ImportPlan => ({
    ...plan,
    columns: plan.columns.map((c) =>
      c.column === column ? { column: c.column, type: c.type, source: null, constant } : c,
    ),
  });

describe('import: one value for every row where the file has no column', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('date,mau imports in one step with every default in every row', async () => {
    const { plan, staged } = await stage(db, 'date,mau\n2024-01-31,1000\n2024-02-29,1500\n', 'pixelfed.csv');
    expect(plan.recognised).toBe(true);
    expect(staged.validation).toMatchObject({ badRows: 0, validRows: 2, blocking: null });
    expect(await commitImport(db, staged, 'i:mau')).toBe(2);
    const rows = await db.query('SELECT * EXCLUDE (dataset_id) FROM signups WHERE dataset_id = $1 ORDER BY date', [
      'i:mau',
    ]);
    const common = {
      platform: 'pixelfed',
      metric: 'MAU',
      measure: 'MAU',
      basis: 'company',
      region: 'global',
      coverage: 'global',
      source: 'imported from pixelfed.csv',
      note: null,
      kind: 'reported',
      vendor: null,
    };
    expect(rows).toEqual([
      { ...common, date: new Date('2024-01-31T00:00:00Z'), value: 1000 },
      { ...common, date: new Date('2024-02-29T00:00:00Z'), value: 1500 },
    ]);
  });

  it('an edited constant is what arrives, quotes and all, as plain text', async () => {
    const { staged } = await stage(
      db,
      'date,mau\n2024-01-31,7\n',
      'x.csv',
      setConstant('platform', ' O\'Brien "net" '),
    );
    await commitImport(db, staged, 'i:quoted');
    expect(await db.query('SELECT platform FROM signups WHERE dataset_id = $1', ['i:quoted'])).toEqual([
      { platform: 'O\'Brien "net"' },
    ]);
  });

  it('a constant its column cannot hold blocks the import with the column named, and nothing changes', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*) AS n FROM signups');
    const { staged } = await stage(db, 'platform,mau\nX,5\n', 'x.csv', setConstant('date', 'soon'));
    expect(staged.validation.blocking).toBe(
      'The value "soon" given for every row of "date" cannot be read as DATE; change it.',
    );
    expect(staged.validation.problems).toEqual([{ line: 1, column: 'date', reason: staged.validation.blocking }]);
    await expect(commitImport(db, staged, 'i:soon')).rejects.toThrow(/"soon"/);
    expect(await db.query<{ n: number }>('SELECT count(*) AS n FROM signups')).toEqual(before);
  });

  it('a constant date is checked like a file date (not in the future), and a blank constant counts as missing', async () => {
    const future = await stage(db, 'platform,mau\nX,5\n', 'x.csv', setConstant('date', '2030-01-01'));
    expect(future.staged.validation.problems[0]).toMatchObject({
      line: 2,
      column: 'date',
      reason: expect.stringMatching(/^2030-01-01 is in the future/) as unknown,
    });
    const blank = await stage(db, 'date,mau\n2024-01-01,5\n', 'x.csv', setConstant('platform', '  '));
    expect(blank.staged.validation.blocking).toMatch(/^Required column "platform" is missing/);
  });
});
