import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { commitImport, inspectFile, stageImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { openBundledDb } from '../../../../support/node-db';

const TODAY = new Date('2026-11-27T00:00:00Z');

async function stage(db: Db, text: string, fileName: string) {
  const file = new Blob([text]);
  const { plan } = await inspectFile(file, fileName);
  return { plan, staged: await stageImport(db, { file, fileName, plan, today: TODAY }) };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('import: a series dated by month, quarter or year', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it("month,mau with every label spelling imports in one step, each at its period's last day, and the card states the rule", async () => {
    const text =
      'month,mau\n2023,10\n2024-01,20\nFeb 2024,30\nFebruary 2025,35\n2024-Q1,40\nQ2 2024,50\n2024 q4,60\n2024-2,70\n';
    const { plan, staged } = await stage(db, text, 'acme.csv');
    expect(plan).toMatchObject({ kind: 'signups', recognised: true });
    expect(plan.notes).toEqual([
      'Dates in "month": week, month, quarter and year labels are dated at the period\'s last day (2024-W05 → 2024-02-04, the ISO week\'s Sunday; 2024-01 → 2024-01-31, 2024-Q1 → 2024-03-31, 2024 → 2024-12-31).',
    ]);
    expect(staged.validation).toMatchObject({ badRows: 0, blocking: null });
    await commitImport(db, staged, 'i:months');
    const rows = await db.query<{ date: Date; value: number }>(
      'SELECT date, value FROM signups WHERE dataset_id = $1 ORDER BY value',
      ['i:months'],
    );
    expect(rows).toEqual([
      { date: day('2023-12-31'), value: 10 },
      { date: day('2024-01-31'), value: 20 },
      { date: day('2024-02-29'), value: 30 },
      { date: day('2025-02-28'), value: 35 },
      { date: day('2024-03-31'), value: 40 },
      { date: day('2024-06-30'), value: 50 },
      { date: day('2024-12-31'), value: 60 },
      { date: day('2024-02-29'), value: 70 },
    ]);
  });

  it("ISO week labels are dated at the week's Sunday; a week 53 the year does not have is a problem", async () => {
    // By hand: 4 Jan 2024 is a Thursday, so week 1 starts Mon 1 Jan and week 5 ends Sun 4 Feb; 4 Jan 2020 is a
    // Saturday, week 1 starts Mon 30 Dec 2019 and week 53 ends Sun 3 Jan 2021; 2021's week 1 is 4-10 Jan.
    const { staged } = await stage(
      db,
      'week,mau\n2024-W05,10\n2020-W53,20\n2021W01,30\n2021-W53,40\n',
      'acme-weeks.csv',
    );
    expect(staged.validation).toMatchObject({ badRows: 1, validRows: 3 });
    expect(staged.validation.problems.map((p) => [p.line, p.column])).toEqual([[5, 'date']]);
    await commitImport(db, staged, 'i:weeks');
    expect(await db.query('SELECT date, value FROM signups WHERE dataset_id = $1 ORDER BY value', ['i:weeks'])).toEqual(
      [
        { date: day('2024-02-04'), value: 10 },
        { date: day('2021-01-03'), value: 20 },
        { date: day('2021-01-10'), value: 30 },
      ],
    );
  });

  it('a label that names no period is a problem at its line and column; the other rows can still be imported', async () => {
    const { staged } = await stage(db, 'month,mau\n2024-01,1\n2024-13,2\n2024-02,3\n', 'acme.csv');
    expect(staged.validation.problems).toEqual([
      {
        line: 3,
        column: 'date',
        reason: '"2024-13" cannot be read as DATE for "date"; choose another type or fix the value.',
      },
    ]);
    expect(staged.validation).toMatchObject({ badRows: 1, validRows: 2, blocking: null });
  });

  it('ISO days stay days: a file of plain dates is read as dates, not as periods', async () => {
    const { plan } = await stage(db, 'date,mau\n2024-01-15,1\n', 'acme.csv');
    expect(plan.columns.find((c) => c.column === 'date')?.type).toBe('DATE');
    expect(plan.notes).toEqual([]);
  });
});
