import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import type { CsvDialect } from '../../../../../src/lib/datasets/detect/dialect';
import { cancelImport, commitImport, ImportError } from '../../../../../src/lib/datasets/ingest/import-csv';
import { openBundledDb } from '../../../../support/node-db';
import { liveCounts, RETENTION_HEADER, SIGNUPS_HEADER, signupsRow, stageBytes, utf8 } from './import-support';

interface BadInput {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The whole file is refused before staging, with this message. */
  readonly refused?: RegExp;
  /** Nothing can be imported, with this message. */
  readonly blocking?: RegExp;
  /** A problem at this line (and column) whose reason matches. */
  readonly problem?: { line: number; column: string | null; reason: RegExp };
  /** Settings the user changed from what was detected. */
  readonly dialect?: Partial<CsvDialect>;
}

const rows = (...lines: string[]) => utf8(`${[SIGNUPS_HEADER, ...lines].join('\n')}\n`);

const CASES: readonly BadInput[] = [
  { name: 'empty file', bytes: new Uint8Array(), refused: /The file is empty \(0 bytes\)/ },
  { name: 'header only', bytes: utf8(`${SIGNUPS_HEADER}\n`), blocking: /header but no data rows/ },
  {
    name: 'binary renamed .csv',
    bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 3]),
    refused: /binary data .* not CSV text/,
  },
  {
    name: 'Excel workbook renamed .csv',
    bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]),
    refused: /Excel .xlsx workbook.*CSV UTF-8/,
  },
  {
    // basis, region, coverage, source and kind have import defaults; which metric "value" holds has none.
    // (Without the unknown "comment" column the file is a long series and the metric is asked on the card.)
    name: 'missing required columns with no default',
    bytes: utf8('platform,date,value,comment\nPixelfed,2024-01-01,5,x\n'),
    blocking: /^Required columns "metric", "measure" are missing\. Map a column/,
  },
  {
    name: 'ragged row',
    bytes: rows(signupsRow('Pixelfed'), `${signupsRow('Pixelfed', '2024-02-01')},surplus`),
    problem: { line: 3, column: null, reason: /more fields than the 11 columns/ },
  },
  {
    name: 'short row',
    bytes: rows('Pixelfed,2024-01-01,MAU', signupsRow('Pixelfed', '2024-02-01')),
    problem: { line: 2, column: null, reason: /fewer fields than the 11 columns/ },
  },
  {
    name: 'non-numeric value',
    bytes: rows(signupsRow('Pixelfed', '2024-01-01', 'lots')),
    problem: { line: 2, column: 'value', reason: /"lots" is not a number/ },
  },
  {
    name: 'thousands separators, with the detected setting turned off',
    bytes: rows(signupsRow('Pixelfed', '2024-01-01', '1.234.567')),
    dialect: { thousands: '', decimal: '.' },
    problem: {
      line: 2,
      column: 'value',
      reason: /"1\.234\.567" has thousands separators; choose "\." as the thousands separator above.*1234567/,
    },
  },
  {
    name: 'percentage',
    bytes: rows(signupsRow('Pixelfed', '2024-01-01', '79%')),
    problem: { line: 2, column: 'value', reason: /"79%" is a percentage.*0\.79/ },
  },
  {
    name: 'impossible date',
    bytes: rows(signupsRow('Pixelfed'), signupsRow('Pixelfed', '2024-02-30')),
    problem: { line: 3, column: 'date', reason: /"2024-02-30" is not a valid date in the ISO/ },
  },
  {
    name: 'negative count',
    bytes: rows(signupsRow('Pixelfed', '2024-01-01', '-5')),
    problem: { line: 2, column: 'value', reason: /"value" is negative \(-5/ },
  },
  {
    name: 'date before 2006',
    bytes: rows(signupsRow('Pixelfed', '1999-01-01')),
    problem: { line: 2, column: 'date', reason: /1999-01-01 is before 2006/ },
  },
  {
    name: 'date in the future',
    bytes: rows(signupsRow('Pixelfed', '2027-01-01')),
    problem: { line: 2, column: 'date', reason: /2027-01-01 is in the future \(after 2026-11-27\)/ },
  },
  {
    name: 'duplicate key in the file',
    bytes: rows(signupsRow('Pixelfed'), signupsRow('Pixelfed', '2024-02-01'), signupsRow('Pixelfed')),
    problem: { line: 4, column: 'platform', reason: /duplicate of an earlier row with the same platform, date/ },
  },
  {
    name: 'row already loaded (bundled figure imported again)',
    bytes: rows(
      'Threads,2023-07-05,signups_cumulative,registered,company,2000000,global,global excl. EU,again,,reported',
    ),
    problem: { line: 2, column: 'platform', reason: /already loaded: .* dataset "bundled:signups"/ },
  },
  {
    name: 'retained greater than cohort size',
    bytes: utf8(`${RETENTION_HEADER}\nPixelfed,global,2024-01-01,30,100,120,reported,own\n`),
    problem: { line: 2, column: 'retained', reason: /"retained" \(120\) is greater than "cohort_size" \(100\)/ },
  },
  {
    // retained may be empty (an "on or after" export gives only retained_later), but not both.
    name: 'a retention row with neither retained nor retained_later',
    bytes: utf8(
      `${RETENTION_HEADER}\nPixelfed,global,2024-01-01,0,100,100,reported,own\nPixelfed,global,2024-01-01,30,100,,reported,own\n`,
    ),
    problem: { line: 3, column: 'retained', reason: /"retained" and "retained_later" are all empty/ },
  },
  {
    name: 'Latin-1 text read as UTF-8 (encoding overridden back)',
    bytes: new Uint8Array([
      ...utf8(`${SIGNUPS_HEADER}\n`),
      ...utf8('Caf'),
      0xe9,
      ...utf8(',2024-01-01,MAU,MAU,company,5,global,global,own,,reported\n'),
    ]),
    dialect: { encoding: 'utf-8' },
    problem: { line: 2, column: 'platform', reason: /not valid UTF-8; choose the Latin-1/ },
  },
];

describe('import: bad inputs each get a clear message and lose nothing', () => {
  let db: Db;
  let before: Record<string, number>;
  beforeAll(async () => {
    db = await openBundledDb();
    before = await liveCounts(db);
  });

  it.each(CASES)('$name', async (c) => {
    const attempt = stageBytes(db, c.bytes, c.dialect ? { dialect: c.dialect } : {});
    if (c.refused) {
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(c.refused);
    } else {
      const { staged } = await attempt;
      try {
        if (c.blocking) {
          expect(staged.validation.blocking).toMatch(c.blocking);
          expect(staged.validation.validRows).toBe(0);
        }
        if (c.problem) {
          const found = staged.validation.problems.find(
            (p) => p.line === c.problem?.line && p.column === c.problem.column,
          );
          expect(found, JSON.stringify(staged.validation.problems)).toBeDefined();
          expect(found?.reason).toMatch(c.problem.reason);
          expect(staged.validation.badRows).toBeGreaterThan(0);
        }
      } finally {
        await cancelImport(db, staged);
      }
    }
    expect(await liveCounts(db)).toEqual(before);
    const leftovers = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '\\_\\_%' ESCAPE '\\'`,
    );
    expect(leftovers[0]?.n).toBe(0);
  });

  it('refuses to commit a file with a blocking problem, and keeps every table', async () => {
    const { staged } = await stageBytes(db, utf8(`${SIGNUPS_HEADER}\n`));
    await expect(commitImport(db, staged, 'import:blocked')).rejects.toThrow(/header but no data rows/);
    expect(await liveCounts(db)).toEqual(before);
  });
});
