import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../../../../src/lib/datasets/detect/detect-dialect';
import { planImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { baseName } from '../../../../../src/lib/datasets/ingest/import-defaults';

const plan = (text: string, fileName: string) => planImport(text, detectDialect(text, 'utf-8'), undefined, fileName);
const filled = (p: ReturnType<typeof plan>) =>
  Object.fromEntries(p.columns.map((c) => [c.column, c.source ?? c.constant ?? null]));

describe('import defaults: what a plan fills in for columns the file lacks', () => {
  it('names the platform after the file, without folder or extension', () => {
    expect(baseName('my-app.csv')).toBe('my-app');
    expect(baseName('exports/Pixelfed MAU.2024.csv')).toBe('Pixelfed MAU.2024');
    expect(baseName('.csv')).toBe('.csv');
    expect(baseName('noext')).toBe('noext');
  });

  it('a MAU series with date, platform and mau is recognised as adoption figures, one click', () => {
    const p = plan('date,platform,mau\n2024-01-31,Pixelfed,1000\n', 'pixelfed.csv');
    expect(p.kind).toBe('signups');
    expect(p.recognised).toBe(true);
    expect(filled(p)).toEqual({
      platform: 1,
      date: 0,
      metric: 'MAU',
      measure: 'MAU',
      basis: 'company',
      value: 2,
      region: 'global',
      coverage: 'global',
      source: 'imported from pixelfed.csv',
      note: null,
      kind: 'reported',
      vendor: null,
    });
    expect(p.defaults.map((d) => d.column)).toEqual([
      'source',
      'basis',
      'region',
      'kind',
      'coverage',
      'value',
      'metric',
      'measure',
    ]);
    expect(p.notes).toEqual([]);
  });

  it('without a platform column the platform is the file name; a region column also gives the coverage', () => {
    const p = plan('Date,Region,DAU\n2024-01-31,US,10\n', 'My App.csv');
    expect(p.recognised).toBe(true);
    expect(filled(p)).toMatchObject({
      platform: 'My App',
      region: 1,
      coverage: 1,
      metric: 'DAU',
      measure: 'DAU',
      value: 2,
    });
  });

  it('a file with exactly the documented columns but no kind imports as reported, without asking', () => {
    const p = plan(
      'platform,date,metric,measure,basis,value,region,coverage,source\nX,2024-01-01,MAU,MAU,company,5,global,global,own\n',
      'x.csv',
    );
    expect(p.recognised).toBe(true);
    expect(p.columns.find((c) => c.column === 'kind')).toEqual({
      column: 'kind',
      source: null,
      type: 'VARCHAR',
      constant: 'reported',
    });
    expect(p.defaults).toEqual([{ column: 'kind', constant: 'reported', why: 'imported figures are reported' }]);
  });

  it('a cohort table and an activity log with only their own columns take platform, region and kind from the defaults', () => {
    const cohorts = plan('cohort_start,day_offset,cohort_size,retained\n2024-01-01,7,100,40\n', 'acme app.csv');
    expect(cohorts).toMatchObject({ kind: 'retention', recognised: true });
    expect(filled(cohorts)).toEqual({
      platform: 'acme app',
      region: 'global',
      cohort_start: 0,
      day_offset: 1,
      cohort_size: 2,
      retained: 3,
      retained_later: null,
      kind: 'reported',
      source: 'imported from acme app.csv',
    });
    const log = plan('user_id,signup_date,activity_date\nu1,2024-01-01,2024-01-02\n', 'acme.csv');
    expect(log).toMatchObject({ kind: 'events', recognised: true });
    expect(filled(log)).toEqual({
      user_id: 0,
      platform: 'acme',
      region: 'global',
      signup_date: 1,
      activity_date: 2,
      kind: 'reported',
    });
  });

  it('a value column whose metric the file does not say: MAU is assumed, said so, and asked in the settings', () => {
    const p = plan('date,value\n2024-01-01,5\n', 'x.csv');
    expect(p.recognised).toBe(true);
    expect(p.shape).toMatchObject({ kind: 'wide-series', by: 'value', metric: 'MAU', metricFrom: 'assumed' });
    const metric = p.columns.find((c) => c.column === 'metric');
    expect(metric).toEqual({
      column: 'metric',
      source: null,
      type: 'VARCHAR',
      derived: 'one value for every row, chosen under "Metric of every value" above',
    });
  });

  it('a complete launches file stays launches: defaults never pull a file into another kind', () => {
    const p = plan('platform,region,event_date,event,label,source\nX,US,2024-01-01,launch,Launch,press\n', 'x.csv');
    expect(p.kind).toBe('launches');
    expect(p.defaults).toEqual([]);
  });

  it('without a header nothing is filled in: every column is mapped by position', () => {
    const text = 'Pixelfed,2024-01-01,5\n';
    const p = planImport(text, { ...detectDialect(text, 'utf-8'), header: false }, 'signups', 'pixelfed.csv');
    expect(p.defaults).toEqual([]);
    expect(p.columns.every((c) => c.constant === undefined)).toBe(true);
  });
});
