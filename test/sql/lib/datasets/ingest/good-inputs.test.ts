import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { cancelImport, commitImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { removeDataset } from '../../../../../src/lib/datasets/store/live-view';
import { listDatasets } from '../../../../../src/lib/datasets/store/registry';
import { openBundledDb } from '../../../../support/node-db';
import { liveCounts, SIGNUPS_HEADER, signupsRow, stageBytes, utf8 } from './import-support';

const platforms = async (db: Db, id: string) =>
  await db.query<{ platform: string; note: string | null; value: number }>(
    'SELECT platform, note, value FROM signups WHERE dataset_id = $1 ORDER BY date',
    [id],
  );

describe('import: awkward but valid files import exactly', () => {
  let db: Db;
  let before: Record<string, number>;
  beforeEach(async () => {
    db = await openBundledDb();
    before = await liveCounts(db);
  });

  async function importBytes(bytes: Uint8Array, id: string, change: Parameters<typeof stageBytes>[2] = {}) {
    const { staged, plan } = await stageBytes(db, bytes, change);
    expect(staged.validation.problems).toEqual([]);
    const n = await commitImport(db, staged, id);
    return { n, plan };
  }

  it('UTF-8 BOM and CRLF line ends', async () => {
    const { n, plan } = await importBytes(
      utf8(`\uFEFF${SIGNUPS_HEADER}\r\n${signupsRow('Pixelfed')}\r\n${signupsRow('Pixelfed', '2024-02-01')}\r\n`),
      'i:bom',
    );
    expect(plan.recognised).toBe(true);
    expect(n).toBe(2);
    expect((await platforms(db, 'i:bom')).map((r) => r.platform)).toEqual(['Pixelfed', 'Pixelfed']);
    expect((await liveCounts(db)).signups).toBe((before.signups ?? 0) + 2);
  });

  it('Latin-1 / Windows-1252 text is detected and read as such', async () => {
    const bytes = new Uint8Array([
      ...utf8(`${SIGNUPS_HEADER}\n`),
      ...utf8('Caf'),
      0xe9,
      ...utf8(',2024-01-01,MAU,MAU,company,5,global,global,own,,reported\n'),
    ]);
    const { plan } = await importBytes(bytes, 'i:latin1');
    expect(plan.dialect.encoding).toBe('latin-1');
    expect((await platforms(db, 'i:latin1'))[0]?.platform).toBe('Café');
  });

  it('quoted line breaks, quotes and delimiters inside values', async () => {
    const row = `Pixelfed,2024-01-01,MAU,MAU,company,5,global,global,own,"said ""about""\nfive, roughly",reported`;
    await importBytes(utf8(`${SIGNUPS_HEADER}\n${row}\n`), 'i:quoted');
    expect((await platforms(db, 'i:quoted'))[0]?.note).toBe('said "about"\nfive, roughly');
  });

  it('HTML and formula text in platform names is stored as plain text', async () => {
    const evil = ['<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")'];
    await importBytes(
      utf8(
        `${SIGNUPS_HEADER}\n"${evil[0]}",2024-01-01,MAU,MAU,company,5,global,global,own,,reported\n"${evil[1]?.replaceAll('"', '""')}",2024-01-01,MAU,MAU,company,6,global,global,own,,reported\n`,
      ),
      'i:evil',
    );
    expect((await platforms(db, 'i:evil')).map((r) => r.platform).sort()).toEqual([...evil].sort());
  });

  it('extra, duplicate and blank header names are noted and the known columns import', async () => {
    const header = `${SIGNUPS_HEADER},platform,,comment`;
    const { plan, n } = await importBytes(utf8(`${header}\n${signupsRow('Pixelfed')},Other,x,hello\n`), 'i:extra');
    expect(n).toBe(1);
    expect(plan.notes.join(' ')).toMatch(/Columns 1 and 12 are both named "platform"; column 1 is used/);
    expect(plan.notes.join(' ')).toMatch(/Column 13 has no name/);
    expect(plan.notes.join(' ')).toMatch(/Not imported .*"comment"/);
    expect((await platforms(db, 'i:extra'))[0]?.platform).toBe('Pixelfed');
  });

  it('semicolons, decimal commas and DD-MM-YYYY dates are detected; Dutch headers are mapped', async () => {
    const text =
      'platform;Datum;metric;measure;basis;gebruikers;region;coverage;source;note;kind\nPixelfed;15-03-2024;MAU;MAU;company;1234,5;global;global;own;;reported\n';
    const { plan, n } = await importBytes(utf8(text), 'i:nl', {
      plan: (p) => ({
        ...p,
        columns: p.columns.map((c) =>
          c.column === 'date' ? { ...c, source: 1 } : c.column === 'value' ? { ...c, source: 5 } : c,
        ),
      }),
    });
    expect(plan.recognised).toBe(false);
    expect(plan.dialect).toMatchObject({ delimiter: ';', decimal: ',', dateFormat: 'dmy' });
    expect(n).toBe(1);
    const [row] = await db.query<{ date: Date; value: number }>(
      "SELECT date, value FROM signups WHERE dataset_id = 'i:nl'",
    );
    expect(row).toEqual({ date: new Date('2024-03-15T00:00:00Z'), value: 1234.5 });
  });

  it('thousands separators are detected and read as numbers', async () => {
    const cases = [
      { id: 'i:points', value: '1.234.567', thousands: '.', decimal: ',', read: 1234567 },
      { id: 'i:commas', value: '"1,234,567.5"', thousands: ',', decimal: '.', read: 1234567.5 },
      { id: 'i:spaces', value: '1 234 567', thousands: ' ', decimal: '.', read: 1234567 },
    ] as const;
    for (const c of cases) {
      const { plan } = await importBytes(
        utf8(`${SIGNUPS_HEADER}\n${signupsRow(c.id.slice(2), '2024-01-01', c.value)}\n`),
        c.id,
      );
      expect([plan.dialect.thousands, plan.dialect.decimal]).toEqual([c.thousands, c.decimal]);
      expect((await platforms(db, c.id))[0]?.value).toBe(c.read);
    }
  });

  it('a type override reads text and converts it, flagging what does not convert', async () => {
    const { staged } = await stageBytes(
      db,
      utf8(
        `${SIGNUPS_HEADER}\n${signupsRow('Pixelfed', '2024-01-01', '12')}\n${signupsRow('Pixelfed', '2024-02-01', 'n/a')}\n`,
      ),
      {
        plan: (p) => ({ ...p, columns: p.columns.map((c) => (c.column === 'value' ? { ...c, type: 'VARCHAR' } : c)) }),
      },
    );
    expect(staged.validation.problems).toEqual([
      { line: 3, column: 'value', reason: expect.stringMatching(/"n\/a" cannot be read as DOUBLE/) as string },
    ]);
    expect(await commitImport(db, staged, 'i:override')).toBe(1);
  });

  it('"import the valid rows" leaves out exactly the bad ones, with lines right after a rejected line', async () => {
    const { staged } = await stageBytes(
      db,
      utf8(
        `${SIGNUPS_HEADER}\n${signupsRow('A')}\n${signupsRow('B', '2024-01-01', 'x')}\n${signupsRow('C', '2024-01-01', '-1')}\n${signupsRow('D')}\n`,
      ),
    );
    expect(staged.validation.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'value'],
      [4, 'value'],
    ]);
    expect(staged.validation).toMatchObject({ validRows: 2, badRows: 2, blocking: null });
    expect(await commitImport(db, staged, 'i:valid')).toBe(2);
    expect((await platforms(db, 'i:valid')).map((r) => r.platform).sort()).toEqual(['A', 'D']);
  });

  it('cancel leaves every table as it was; remove takes an import out again', async () => {
    const first = await stageBytes(db, utf8(`${SIGNUPS_HEADER}\n${signupsRow('Pixelfed')}\n`));
    await cancelImport(db, first.staged);
    expect(await liveCounts(db)).toEqual(before);
    await importBytes(utf8(`${SIGNUPS_HEADER}\n${signupsRow('Pixelfed')}\n`), 'i:removable');
    expect((await listDatasets(db)).map((d) => [d.dataset_id, d.origin, d.rows])).toContainEqual([
      'i:removable',
      'imported',
      1,
    ]);
    expect(await removeDataset(db, 'i:removable')).toBe(1);
    expect(await liveCounts(db)).toEqual(before);
    expect((await listDatasets(db)).map((d) => d.dataset_id)).not.toContain('i:removable');
  });

  it('two imports started at once are serialised and both land', async () => {
    const a = stageBytes(db, utf8(`${SIGNUPS_HEADER}\n${signupsRow('A')}\n`));
    const b = stageBytes(db, utf8(`${SIGNUPS_HEADER}\n${signupsRow('B')}\n`));
    const [sa, sb] = await Promise.all([a, b]);
    const [na, nb] = await Promise.all([commitImport(db, sa.staged, 'i:a'), commitImport(db, sb.staged, 'i:b')]);
    expect([na, nb]).toEqual([1, 1]);
    expect((await liveCounts(db)).signups).toBe((before.signups ?? 0) + 2);
  });
});
