import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../../../../src/lib/datasets/detect/detect-dialect';
import { planImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { readCell, readPeriodHeader } from '../../../../../src/lib/datasets/shapes/retention-export-headers';
import { RETENTION_EXPORT } from '../../../../../src/lib/datasets/shapes/retention-export';

const plan = (text: string, fileName = 'export.csv') =>
  planImport(text, detectDialect(text, 'utf-8'), undefined, fileName);
const fixture = (name: string) =>
  readFileSync(join(__dirname, '..', '..', '..', '..', 'fixtures', 'imports', name), 'utf-8');

describe('retention export headers', () => {
  it.each([
    ['Day 0', { kind: 'period', unit: 'day', period: 0 }],
    ['Week 12', { kind: 'period', unit: 'week', period: 12 }],
    ['\tMonth 3', { kind: 'period', unit: 'month', period: 3 }],
    ['< 1 Day', { kind: 'period', unit: 'day', period: 0 }],
    ['< Week 1', { kind: 'period', unit: 'week', period: 0 }],
    ['Day 7 (%)', { kind: 'period', unit: 'day', period: 7 }],
    ['Day x', { kind: 'bad-period', unit: 'day' }],
    ['Week 1.5', { kind: 'bad-period', unit: 'week' }],
    ['cohort size', { kind: 'other' }],
    ['Daytime', { kind: 'other' }],
  ])('%j', (header, expected) => {
    expect(readPeriodHeader(header)).toEqual(expected);
  });

  it('reads cells as the tools write them', () => {
    expect(readCell('\t42.5%*')).toEqual({ value: 42.5, percent: true });
    expect(readCell('1,250')).toEqual({ value: 1250, percent: false });
    expect(readCell('0.425')).toEqual({ value: 0.425, percent: false });
    expect(readCell('')).toBeNull();
    expect(readCell('not yet')).toBeNull();
  });
});

describe('retention export detection', () => {
  it('recognises each fixture with its tool, unit, values and columns', () => {
    const cases = [
      ['posthog-retention-weekly.csv', { tool: 'posthog', unit: 'week', values: 'counts', size: 1, modeStated: true }],
      ['mixpanel-retention-daily.csv', { tool: 'mixpanel', unit: 'day', values: 'shares', size: 1, modeStated: false }],
      ['generic-retention-cohorts.csv', { tool: 'generic', unit: 'day', values: 'counts', size: 1, modeStated: false }],
    ] as const;
    for (const [name, expected] of cases) {
      const p = plan(fixture(name), name);
      expect(p.kind, name).toBe('retention');
      expect(p.recognised, name).toBe(true);
      expect(p.shape, name).toMatchObject({ kind: 'retention-export', cohort: 0, mode: 'nday', ...expected });
    }
    expect(plan(fixture('mixpanel-retention-daily.csv')).shape).toMatchObject({
      periods: [0, 1, 2, 3, 4, 5, 6, 7].map((period, i) => ({ source: i + 2, period })),
    });
  });

  it('marks the derived columns and takes platform, region, kind and source from the defaults', () => {
    const p = plan(fixture('generic-retention-cohorts.csv'), 'acme.csv');
    const by = Object.fromEntries(p.columns.map((c) => [c.column, c]));
    expect(by.cohort_start?.derived).toMatch(/cohort label "Cohort"/);
    expect(by.day_offset?.derived).toMatch(/Day k is day k/);
    expect(by.cohort_size?.derived).toBe('"Users"');
    expect(by.platform?.constant).toBe('acme');
    expect(p.defaults.map((d) => d.column).sort()).toEqual(['kind', 'platform', 'region', 'source']);
  });

  it('reads fractions beside a size column as shares, and whole numbers as counts', () => {
    expect(plan('Cohort,Users,Day 0,Day 1\n2024-01-01,200,1,0.45\n').shape).toMatchObject({ values: 'shares' });
    expect(plan('Cohort,Users,Day 0,Day 1\n2024-01-01,200,200,90\n').shape).toMatchObject({ values: 'counts' });
  });

  it('takes period 0 as the size without a size column, and declines shares without one', () => {
    expect(plan('Cohort,Day 0,Day 1\n2024-01-01,200,90\n').shape).toMatchObject({ size: null, values: 'counts' });
    expect(plan('Cohort,Day 0,Day 1\n2024-01-01,100%,45%\n').shape.kind).toBe('columns');
  });

  it('keeps a period header without a number as a header problem', () => {
    expect(plan('Cohort,Users,Day 0,Day x,Day 7\n2024-01-01,10,10,5,3\n').shape).toMatchObject({
      badPeriods: [3],
      periods: [
        { source: 2, period: 0 },
        { source: 4, period: 7 },
      ],
    });
  });

  it("declines files in Uptake's own columns, series and activity logs", () => {
    const own = [
      'platform,region,cohort_start,day_offset,cohort_size,retained,kind,source\nX,global,2024-01-01,0,10,10,reported,me\n',
      'date,mau\n2024-01-31,1000\n',
      'month,Threads,Bluesky\n2024-01,100,200\n',
      'user_id,event,timestamp\nu1,open,2024-01-01T10:00:00Z\n',
    ];
    for (const text of own) expect(RETENTION_EXPORT.detect(...split(text))).toBeNull();
    // Labels that are no dates at all (a breakdown by browser): not a cohort table by date.
    expect(RETENTION_EXPORT.detect(...split('cohort,cohort size,Period 0,Week 0,Week 1\nChrome,1,1,1,1\n'))).toBeNull();
  });
});

function split(text: string): [string[], string[][], string] {
  const [head = '', ...rest] = text.trim().split('\n');
  return [head.split(','), rest.map((r) => r.split(',')), 'file.csv'];
}
