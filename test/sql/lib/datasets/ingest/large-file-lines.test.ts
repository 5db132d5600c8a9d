import { describe, expect, it } from 'vitest';
import { commitImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { openNodeDb } from '../../../../support/node-db';
import { stageBytes, utf8 } from './import-support';

/**
 * Line numbers must stay exact when DuckDB reads a file in several buffers (its CSV
 * buffers are 32 MB by default): the staged rows' order is the file's order, so a
 * problem deep in a large file is reported at its own line.
 */
describe('line numbers in a file larger than one read buffer', () => {
  it('names the exact lines of problems spread through a 1.2M-row (~50 MB) events log', async () => {
    const db = await openNodeDb();
    const rows = 1_200_000;
    const bad = new Map([
      [7, '2024-13-01'], // no 13th month: DuckDB rejects the line
      [600_003, '1999-01-01'], // before 2006: a domain problem on a staged row
      [1_199_998, 'soon'], // not a date at all
    ]);
    const lines = ['user_id,platform,region,signup_date,activity_date'];
    for (let line = 2; line <= rows + 1; line++)
      lines.push(`u${line},Testland,global,2024-01-01,${bad.get(line) ?? '2024-02-01'}`);
    const { staged } = await stageBytes(db, utf8(`${lines.join('\n')}\n`));
    expect(staged.validation.problems.map((p) => [p.line, p.column])).toEqual(
      [...bad.keys()].map((line) => [line, 'activity_date']),
    );
    expect(staged.validation).toMatchObject({ badRows: 3, validRows: rows - 3, blocking: null });
    expect(await commitImport(db, staged, 'i:large')).toBe(rows - 3);
    const kept = await db.query<{ n: number; first: string; last: string }>(
      `SELECT count(*) AS n, min(user_id) FILTER (WHERE user_id = 'u8') AS first, max(user_id) FILTER (WHERE user_id = 'u1199999') AS last FROM events`,
    );
    expect(kept).toEqual([{ n: rows - 3, first: 'u8', last: 'u1199999' }]);
  }, 120_000);
});
