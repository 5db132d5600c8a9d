import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../../../../src/lib/datasets/detect/detect-dialect';
import { planImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { previewRows } from '../../../../../src/lib/datasets/ingest/mapping';
import { detectWideSeries } from '../../../../../src/lib/datasets/shapes/wide-series-detect';
import { metricFromFileName } from '../../../../../src/lib/datasets/shapes/wide-series-metrics';
import { isBlankCell, isNumberCell } from '../../../../../src/lib/datasets/shapes/wide-series-values';

/** The detector over a CSV text, as planImport calls it. */
function detect(text: string, fileName = 'series.csv') {
  const rows = previewRows(text, { ...detectDialect(text, 'utf-8'), header: false }, 21);
  return detectWideSeries(rows[0] ?? [], rows.slice(1), fileName);
}

describe('wide-series detection', () => {
  it('one column per platform with month labels: platforms named, MAU assumed, the period rule on the card', () => {
    const match = detect('month,Threads,Bluesky,Mastodon\n2024-01,100,200,\n2024-02,"1,100",2.5M,300\n');
    expect(match?.kind).toBe('signups');
    expect(match?.shape).toEqual({
      kind: 'wide-series',
      date: { source: 0, name: 'month' },
      series: [
        { source: 1, name: 'Threads' },
        { source: 2, name: 'Bluesky' },
        { source: 3, name: 'Mastodon' },
      ],
      by: 'platform',
      metric: 'MAU',
      metricFrom: 'assumed',
      platform: null,
      decimal: '.',
    });
    expect(Object.keys(match?.derived ?? {}).sort()).toEqual([
      'date',
      'measure',
      'metric',
      'platform',
      'value',
      'vendor',
    ]);
    expect(match?.notes[1]).toMatch(
      /^Dates in "month": week, month, quarter and year labels are dated at the period's last day/,
    );
  });

  it('one column per metric: by metric, the platform the file name', () => {
    const match = detect('date,mau,dau\n2024-01-31,10,2\n', 'Pixelfed.csv');
    expect(match?.shape).toMatchObject({ by: 'metric', platform: 'Pixelfed', date: { source: 0, name: 'date' } });
    expect(match?.notes).toHaveLength(1);
  });

  it('the file name names the metric', () => {
    expect(detect('month,A2,B2\n2024-01,1,2\n', 'bluesky-dau.csv')?.shape).toMatchObject({
      metric: 'DAU',
      metricFrom: 'file name',
    });
    expect(metricFromFileName('mau.csv')).toBe('MAU');
    expect(metricFromFileName('x registered accounts.csv')).toBe('registered_accounts');
    expect(metricFromFileName('mau-and-dau.csv')).toBeNull();
    expect(metricFromFileName('dauphin.csv')).toBeNull();
  });

  it("a spreadsheet's unnamed index column is the date column, named as the preview names it", () => {
    const match = detect(',Threads2,Bluesky2\n2024-01-31,1,2\n');
    expect(match?.shape).toMatchObject({ by: 'platform', date: { source: 0, name: 'column 1' } });
    expect(detect('month,,Bluesky2\n2024-01,1,2\n')).toBeNull();
  });

  it('a date column found by its values even when it is not first or not named like a date', () => {
    const match = detect('Pixel2,when\n5,2024-Q1\n6,Q2 2024\n');
    expect(match?.shape).toMatchObject({ date: { source: 1, name: 'when' }, series: [{ source: 0, name: 'Pixel2' }] });
  });

  it("declines files in Uptake's own columns and files that are not series", () => {
    const declined = [
      'date,mau\n2024-01-31,5\n',
      'date,platform,mau\n2024-01-31,X,5\n',
      'date,metric,value\n2024-01-31,MAU,5\n',
      'date,value,comment\n2024-01-31,5,x\n',
      'platform,date,metric,measure,basis,value,region,coverage,source\nX,2024-01-01,MAU,MAU,company,5,global,global,own\n',
      'cohort_start,day_offset,cohort_size,retained\n2024-01-01,7,100,40\n',
      'user_id,platform,region,signup_date,activity_date\n1,X,global,2024-01-01,2024-01-02\n',
      'Cohort,Users,Day 0,Day 1,Day 7\n2024-01-01,100,100,40,20\n',
      'month,Threads,DAU\n2024-01,1,2\n',
      'month,name\n2024-01,Threads\n2024-02,Bluesky\n',
      'user_id,event,timestamp\nu1,open,2024-01-01T10:00:00Z\n',
      'label,count\nlaunch,5\n',
    ];
    for (const text of declined) expect(detect(text), text).toBeNull();
  });

  it('a few bad cells do not stop detection (they become problems); a column of text does', () => {
    expect(detect('month,A2\n2024-01,1\n2024-02,abc\n2024-03,3\n')).not.toBeNull();
    expect(detect('month,A2\n2024-01,abc\n2024-02,def\n2024-03,3\n')).toBeNull();
  });

  it('columns such as region beside the value columns are taken as they are', () => {
    const byPlatform = detect('month,region,Threads5\n2024-01,US,10\n2024-01,Brazil,20\n');
    expect(byPlatform?.shape).toMatchObject({ by: 'platform', series: [{ source: 2, name: 'Threads5' }] });
    expect(byPlatform?.mapped).toEqual({ region: 1 });
    const byMetric = detect('date,platform,MAU,DAU\n2024-01-31,Acme,10,2\n');
    expect(byMetric?.shape).toMatchObject({ by: 'metric', platform: null });
    expect(byMetric?.mapped).toEqual({ platform: 1 });
    expect(detect('month,platform,Threads5\n2024-01,X,10\n')).toBeNull();
  });

  it('the long form: a value column with optional platform and region', () => {
    const match = detect('month,platform,value,region\n2024-01,Acme,1000,US\n');
    expect(match?.shape).toMatchObject({ by: 'value', platform: null, series: [{ source: 2, name: 'value' }] });
    expect(match?.mapped).toEqual({ platform: 1, region: 3 });
  });

  it('the number rule: separators and suffixes, never a decimal comma or a percentage', () => {
    for (const n of ['1234', '1,234,567', '1 234 567', '1\u00a0234', '1.5M', '350k', '2bn', '0.5', '-3'])
      expect(isNumberCell(n), n).toBe(true);
    for (const n of ['1,5', '12,34', '12.5%', 'abc', '1.2.3', 'M', '']) expect(isNumberCell(n), n).toBe(false);
    for (const b of ['', '  ', '-', 'n/a', '—']) expect(isBlankCell(b), b).toBe(true);
    expect(isBlankCell('0')).toBe(false);
  });

  it('the number rule with a decimal comma: points or spaces group thousands, the comma is the decimal', () => {
    for (const n of ['1,5', '12,34', '1.234,5', '1.234.567', '1 234,5', '1,2M', '350k', '-3', ',5'])
      expect(isNumberCell(n, ','), n).toBe(true);
    for (const n of ['1,234.5', '1.5.5,2', '12,5%', 'abc', '1,2,3']) expect(isNumberCell(n, ','), n).toBe(false);
  });

  it('a semicolon export with decimal commas is a series read with them, and the card says so', () => {
    const text = 'month;Threads;Bluesky\n2024-01;1,5;2,25\n2024-02;1.234,5;3\n';
    const plan = planImport(text, detectDialect(text, 'utf-8'), undefined, 'eu.csv');
    expect(plan).toMatchObject({ kind: 'signups', recognised: true, shape: { kind: 'wide-series', decimal: ',' } });
    expect(plan.notes.join(' ')).toContain('numbers have a decimal comma (1,5 = 1.5)');
    // Read with a point (the user's choice), it is still the same series: its cells then say what is wrong.
    const point = planImport(
      text,
      { ...detectDialect(text, 'utf-8'), decimal: '.', thousands: '' },
      undefined,
      'eu.csv',
    );
    expect(point.shape).toMatchObject({ kind: 'wide-series', decimal: '.' });
  });

  it('planImport: a wide file is a recognised, shaped plan whose defaults fill region, source, basis and kind', () => {
    const text = 'month,Threads2,Bluesky2\n2024-01,1,2\n';
    const plan = planImport(text, detectDialect(text, 'utf-8'), undefined, 'wide.csv');
    expect(plan).toMatchObject({ kind: 'signups', recognised: true, shape: { kind: 'wide-series' } });
    expect(Object.fromEntries(plan.columns.map((c) => [c.column, c.derived ?? c.constant ?? c.source]))).toEqual({
      platform: "each value column's name (Threads2, Bluesky2)",
      date: 'the column "month"',
      metric: 'one value for every row, chosen under "Metric of every value" above',
      measure: 'follows the metric (registered accounts and cumulative signups are both "registered")',
      basis: 'company',
      value: 'the cells of Threads2, Bluesky2, one row per filled cell',
      region: 'global',
      coverage: 'global',
      source: 'imported from wide.csv',
      note: null,
      kind: 'reported',
      vendor: 'the platform itself for company figures',
    });
  });
});
