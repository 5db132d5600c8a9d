import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { commitImport, ImportError, inspectFile } from '../../../../../src/lib/datasets/ingest/import-csv';
import { openNodeDb } from '../../../../support/node-db';
import { importFixture, stageBytes } from './import-support';

describe('an analytics export with title lines above its header, and line endings', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  it('skips the title lines (no blank line after them) and reports problems at their file lines', async () => {
    const { plan, staged } = await stageBytes(db, importFixture('analytics-export-preamble.csv'), {
      fileName: 'export.csv',
    });
    expect(plan.dialect.skip).toBe(2);
    expect(plan.sourceNames).toEqual(['month', 'Threads7', 'Bluesky7']);
    expect(plan.shape).toMatchObject({ kind: 'wide-series', by: 'platform' });
    // Line 5 of the file (two title lines, the header, then the 2024-02 row) holds "abc".
    expect(staged.validation.problems.map((p) => [p.line, p.column, p.reason.split(':')[0]])).toEqual([
      [5, 'Bluesky7', '"abc" is not a number'],
    ]);
    expect(staged.validation).toMatchObject({ badRows: 1, validRows: 5, blocking: null });
    expect(await commitImport(db, staged, 'i:export')).toBe(5);
    const rows = await db.query<{ v: string }>(
      `SELECT platform || ' ' || strftime(date, '%Y-%m') || ' ' || value AS v FROM signups
       WHERE dataset_id = 'i:export' ORDER BY platform, date`,
    );
    expect(rows.map((r) => r.v)).toEqual([
      'Bluesky7 2024-01 200.0',
      'Bluesky7 2024-03 260.0',
      'Threads7 2024-01 100.0',
      'Threads7 2024-02 150.0',
      'Threads7 2024-03 175.0',
    ]);
  });

  it('refuses a file that mixes line endings before the engine sees it, naming the first line of each kind', async () => {
    const text = importFixture('analytics-export-preamble.csv').replace('2024-02,150,abc\r\n', '2024-02,150,abc\n');
    const inspected = inspectFile(new Blob([text]), 'mixed.csv');
    await expect(inspected).rejects.toThrow(ImportError);
    await expect(inspected).rejects.toThrow(
      'Line 1 ends with CR LF (as Windows writes lines) but line 5 with LF alone (as macOS and Linux write lines): the file mixes line endings',
    );
  });
});
