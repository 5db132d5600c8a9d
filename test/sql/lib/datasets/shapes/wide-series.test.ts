import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { cancelImport, commitImport, type ImportPlan } from '../../../../../src/lib/datasets/ingest/import-csv';
import type { WideSeriesShape } from '../../../../../src/lib/datasets/shapes/shape-types';
import { openBundledDb } from '../../../../support/node-db';
import { importFixture, stageBytes } from '../ingest/import-support';

const fixture = importFixture;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Inspect, plan (optionally changed as the settings would) and stage a file through the import path. */
const stage = (db: Db, bytes: Uint8Array | string, fileName: string, change = (p: ImportPlan) => p) =>
  stageBytes(db, bytes, { fileName, plan: change });

const rowsOf = (db: Db, id: string) =>
  db.query('SELECT * EXCLUDE (dataset_id) FROM signups WHERE dataset_id = $1 ORDER BY platform, date, metric', [id]);

describe('wide adoption series through inspect → stage → commit on the real engine', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('one column per platform: each filled cell a row, period labels at their last day, numbers as written', async () => {
    const { plan, staged } = await stage(db, fixture('adoption-wide.csv'), 'adoption-wide.csv');
    expect(plan).toMatchObject({ kind: 'signups', recognised: true, shape: { kind: 'wide-series', by: 'platform' } });
    expect(staged.validation).toMatchObject({ badRows: 0, validRows: 6, blocking: null });
    expect(staged.staged.reshaped?.notes).toEqual([
      'Read 6 figures from 4 lines (empty cells give no row): Bluesky2, Threads2, 2024-01-31 to 2024-06-30.',
      'Every value is read as MAU (monthly active users): assumed, as neither the file nor its name says which metric.',
    ]);
    expect(await commitImport(db, staged, 'i:wide')).toBe(6);
    const common = {
      metric: 'MAU',
      measure: 'MAU',
      basis: 'company',
      region: 'global',
      coverage: 'global',
      source: 'imported from adoption-wide.csv',
      note: null,
      kind: 'reported',
    };
    const row = (platform: string, date: string, value: number) => ({
      ...common,
      platform,
      vendor: platform,
      date: day(date),
      value,
    });
    // By hand from the fixture: 350k, "1,200,000", 1.5M, "1 800 000", 2.25M; the blank and "-" cells give no row.
    expect(await rowsOf(db, 'i:wide')).toEqual([
      row('Bluesky2', '2024-01-31', 350_000),
      row('Bluesky2', '2024-03-31', 410_000),
      row('Bluesky2', '2024-06-30', 2_250_000),
      row('Threads2', '2024-01-31', 1_200_000),
      row('Threads2', '2024-02-29', 1_500_000),
      row('Threads2', '2024-03-31', 1_800_000),
    ]);
  });

  it('a malformed wide file: each bad cell at its line and column, the valid rows importable, earlier data untouched', async () => {
    const before = await db.query('SELECT * FROM signups ORDER BY ALL');
    const { staged } = await stage(db, fixture('adoption-wide-bad.csv'), 'adoption-wide-bad.csv');
    const help = 'write digits (1234567, 1,234,567 or 1.2M), or leave the cell empty if there is no figure';
    expect(staged.validation.problems).toEqual([
      { line: 3, column: 'Threads2', reason: `"abc" is not a number: ${help}` },
      {
        line: 4,
        column: 'month',
        reason:
          '"Febtober 2024" is not a day or a period label: write a day (2024-01-31) or a period label (2024-W05, 2024-01, Jan 2024, 2024-Q1, Q1 2024, 2024)',
      },
      { line: 5, column: 'Bluesky2', reason: `"12.5%" is not a number: ${help}` },
    ]);
    expect(staged.validation).toMatchObject({ badRows: 3, validRows: 4, blocking: null });
    expect(await db.query('SELECT * FROM signups ORDER BY ALL')).toEqual(before);
    expect(await commitImport(db, staged, 'i:bad')).toBe(4);
    const got = await db.query<{ platform: string; date: Date; value: number }>(
      'SELECT platform, date, value FROM signups WHERE dataset_id = $1 ORDER BY platform, date',
      ['i:bad'],
    );
    expect(got).toEqual([
      { platform: 'Bluesky2', date: day('2024-01-31'), value: 200 },
      { platform: 'Bluesky2', date: day('2024-02-29'), value: 300 },
      { platform: 'Threads2', date: day('2024-01-31'), value: 100 },
      { platform: 'Threads2', date: day('2024-05-31'), value: 600 },
    ]);
    expect(await db.query('SELECT * FROM signups WHERE dataset_id <> $1 ORDER BY ALL', ['i:bad'])).toEqual(before);
  });

  it('one column per metric: the platform is the file name, each column its metric and measure', async () => {
    const text = 'date,MAU,DAU\n2024-03-31,5000,1200\n2024-06-30,6500,\n';
    const { plan, staged } = await stage(db, text, 'pixelfed2.csv');
    expect(plan.shape).toMatchObject({ by: 'metric', platform: 'pixelfed2' });
    expect(staged.staged.reshaped?.notes).toEqual([
      'Read 3 figures from 2 lines (empty cells give no row): DAU, MAU, 2024-03-31 to 2024-06-30.',
    ]);
    await commitImport(db, staged, 'i:metrics');
    const got = await db.query(
      'SELECT platform, date, metric, measure, value, vendor FROM signups WHERE dataset_id = $1 ORDER BY date, metric',
      ['i:metrics'],
    );
    expect(got).toEqual([
      {
        platform: 'pixelfed2',
        date: day('2024-03-31'),
        metric: 'DAU',
        measure: 'DAU',
        value: 1200,
        vendor: 'pixelfed2',
      },
      {
        platform: 'pixelfed2',
        date: day('2024-03-31'),
        metric: 'MAU',
        measure: 'MAU',
        value: 5000,
        vendor: 'pixelfed2',
      },
      {
        platform: 'pixelfed2',
        date: day('2024-06-30'),
        metric: 'MAU',
        measure: 'MAU',
        value: 6500,
        vendor: 'pixelfed2',
      },
    ]);
  });

  it('a region column beside the platform columns: one row per region and platform, coverage from the region', async () => {
    const text = 'month,region,Threads5,Bluesky5\n2024-01,US,10,\n2024-01,Brazil,20,30\n';
    const { staged } = await stage(db, text, 'regions.csv');
    await commitImport(db, staged, 'i:regions');
    expect(
      await db.query(
        'SELECT platform, date, region, coverage, value FROM signups WHERE dataset_id = $1 ORDER BY value',
        ['i:regions'],
      ),
    ).toEqual([
      { platform: 'Threads5', date: day('2024-01-31'), region: 'US', coverage: 'US', value: 10 },
      { platform: 'Threads5', date: day('2024-01-31'), region: 'Brazil', coverage: 'Brazil', value: 20 },
      { platform: 'Bluesky5', date: day('2024-01-31'), region: 'Brazil', coverage: 'Brazil', value: 30 },
    ]);
  });

  it("a spreadsheet's unnamed index column dates the rows", async () => {
    const { staged } = await stage(db, ',Threads4\n2024-01-31,5\n2024-02-29,7\n', 'index.csv');
    await commitImport(db, staged, 'i:index');
    expect(
      await db.query('SELECT platform, date, value FROM signups WHERE dataset_id = $1 ORDER BY date', ['i:index']),
    ).toEqual([
      { platform: 'Threads4', date: day('2024-01-31'), value: 5 },
      { platform: 'Threads4', date: day('2024-02-29'), value: 7 },
    ]);
  });

  it('date,value: MAU assumed, and the metric chosen in the settings is what arrives', async () => {
    const chooseRegistered = (plan: ImportPlan): ImportPlan => ({
      ...plan,
      shape: { ...(plan.shape as WideSeriesShape), metric: 'registered_accounts', metricFrom: 'chosen' },
    });
    const text = 'date,value\n2024-01-31,"12,000"\n2024-02-29,13000\n';
    const assumed = await stage(db, text, 'acme.csv');
    expect(assumed.plan.shape).toMatchObject({ by: 'value', metric: 'MAU', metricFrom: 'assumed', platform: 'acme' });
    await commitImport(db, assumed.staged, 'i:acme');
    expect(
      await db.query('SELECT DISTINCT platform, metric, measure FROM signups WHERE dataset_id = $1', ['i:acme']),
    ).toEqual([{ platform: 'acme', metric: 'MAU', measure: 'MAU' }]);
    const chosen = await stage(db, text, 'acme-accounts.csv', chooseRegistered);
    expect(chosen.staged.staged.reshaped?.notes[1]).toBe(
      'Every value is read as registered accounts: as chosen before the import.',
    );
    await commitImport(db, chosen.staged, 'i:acme-reg');
    expect(
      await db.query('SELECT date, metric, measure, value FROM signups WHERE dataset_id = $1 ORDER BY date', [
        'i:acme-reg',
      ]),
    ).toEqual([
      { date: day('2024-01-31'), metric: 'registered_accounts', measure: 'registered', value: 12000 },
      { date: day('2024-02-29'), metric: 'registered_accounts', measure: 'registered', value: 13000 },
    ]);
  });

  it('month,platform,value,region: platform and region from the file, the month at its last day', async () => {
    const text = 'month,platform,value,region\n2024-01,Acme3,1000,US\n2024-Q1,Acme3,1500,Brazil\n';
    const { plan, staged } = await stage(db, text, 'acme3-dau.csv');
    expect(plan.shape).toMatchObject({ by: 'value', metric: 'DAU', metricFrom: 'file name', platform: null });
    expect(staged.validation).toMatchObject({ badRows: 0, validRows: 2 });
    await commitImport(db, staged, 'i:acme3');
    expect(
      await db.query(
        'SELECT platform, date, metric, measure, value, region, coverage FROM signups WHERE dataset_id = $1 ORDER BY date',
        ['i:acme3'],
      ),
    ).toEqual([
      {
        platform: 'Acme3',
        date: day('2024-01-31'),
        metric: 'DAU',
        measure: 'DAU',
        value: 1000,
        region: 'US',
        coverage: 'US',
      },
      {
        platform: 'Acme3',
        date: day('2024-03-31'),
        metric: 'DAU',
        measure: 'DAU',
        value: 1500,
        region: 'Brazil',
        coverage: 'Brazil',
      },
    ]);
  });

  it('decimal commas (a semicolon export): detected from the values, each cell read with them, and the wrong mark says why', async () => {
    const text = fixture('adoption-wide-decimal-comma.csv');
    // Read with a decimal point (the user's choice): no cell is guessed at; each says the mark may be wrong.
    const point = await stageBytes(db, text, {
      fileName: 'eu-wide-point.csv',
      dialect: { decimal: '.', thousands: '' },
    });
    expect(point.plan.shape).toMatchObject({ kind: 'wide-series', decimal: '.' });
    expect(point.staged.validation.problems.map((p) => [p.line, p.column, p.reason.split(':')[0]])).toEqual([
      [2, 'Threads3', '"1,5M" is not a number'],
      [3, 'Threads3', '"1.234,5" is not a number'],
      [3, 'Bluesky3', '"12,25" is not a number'],
      [4, 'Threads3', '"2.000.000" is not a number'],
      [5, 'Threads3', '"7,5" is not a number'],
      [5, 'Bluesky3', '"1,5" is not a number'],
    ]);
    expect(point.staged.validation.problems[0]?.reason).toBe(
      '"1,5M" is not a number: it reads as a number with a decimal comma, but the file is read with a decimal point; if the file writes 1,5 for 1.5, choose "Comma (1,5)" as the decimal separator above',
    );
    await cancelImport(db, point.staged);
    const { plan, staged } = await stage(db, text, 'eu-wide.csv');
    expect(plan.dialect).toMatchObject({ delimiter: ';', decimal: ',', thousands: '.' });
    expect(plan.shape).toMatchObject({ kind: 'wide-series', by: 'platform', decimal: ',' });
    expect(staged.validation).toMatchObject({ badRows: 0, validRows: 7, blocking: null });
    expect(await commitImport(db, staged, 'i:eu-wide')).toBe(7);
    // By hand: 1,5M = 1,500,000; 1.234,5 = 1234.5; 2.000.000 = 2,000,000; 7,5; 350; 12,25; 1,5; "-" gives no row.
    const values = await db.query<{ platform: string; date: Date; value: number }>(
      `SELECT platform, strftime(date, '%Y-%m-%d') AS date, value FROM signups WHERE dataset_id = 'i:eu-wide'
       ORDER BY platform, date`,
    );
    expect(values.map((r) => `${r.platform} ${String(r.date)} ${r.value}`)).toEqual([
      'Bluesky3 2024-01-31 350',
      'Bluesky3 2024-02-29 12.25',
      'Bluesky3 2024-04-30 1.5',
      'Threads3 2024-01-31 1500000',
      'Threads3 2024-02-29 1234.5',
      'Threads3 2024-03-31 2000000',
      'Threads3 2024-04-30 7.5',
    ]);
  });

  it('a plain series with decimal commas (date;mau) reads through the column path with the detected mark', async () => {
    const text = 'date;mau\n2024-01-31;1,5\n2024-02-29;1.234,5\n2024-03-31;12\n';
    const { plan, staged } = await stage(db, text, 'eu-plain.csv');
    expect(plan).toMatchObject({ kind: 'signups', shape: { kind: 'columns' } });
    expect(plan.dialect).toMatchObject({ decimal: ',', thousands: '.' });
    expect(staged.validation).toMatchObject({ badRows: 0, validRows: 3, blocking: null });
    await commitImport(db, staged, 'i:eu-plain');
    const values = await db.query<{ value: number }>(
      `SELECT value FROM signups WHERE dataset_id = 'i:eu-plain' ORDER BY date`,
    );
    expect(values.map((r) => r.value)).toEqual([1.5, 1234.5, 12]);
  });
});
