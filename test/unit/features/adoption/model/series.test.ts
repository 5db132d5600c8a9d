import { describe, expect, it } from 'vitest';
import type { AdoptionPoint } from '../../../../../src/features/adoption/api/adoption-series';
import { labelRows } from '../../../../../src/features/adoption/model/label-rows';
import {
  coverageQualifier,
  platformsWithoutLaunch,
  seriesLabel,
  toSeries,
} from '../../../../../src/features/adoption/model/series';

interface PointSpec {
  readonly platform: string;
  readonly date: string;
  readonly value: number;
  readonly basis?: 'company' | 'estimate';
  readonly days?: number | null;
  readonly vendor?: string;
  readonly coverage?: string;
}

const point = ({
  platform,
  date,
  value,
  basis = 'company',
  days = null,
  vendor,
  coverage = 'global',
}: PointSpec): AdoptionPoint => ({
  platform,
  date: new Date(`${date}T00:00:00Z`),
  days_since_launch: days,
  anchor_event: days === null ? null : 'launch',
  anchor_label: days === null ? null : `${platform} launch`,
  value,
  measure: 'MAU',
  basis,
  metric: basis === 'company' ? 'MAU' : 'MAU_estimate',
  vendor: vendor ?? (basis === 'company' ? platform : 'Sensor Tower'),
  coverage,
  source: 'test',
  note: null,
  kind: 'reported',
});

describe('toSeries', () => {
  const points = [
    point({ platform: 'X', date: '2023-07-28', value: 540e6 }),
    point({ platform: 'Threads', date: '2024-02-01', value: 130e6, days: 211 }),
    point({ platform: 'Threads', date: '2023-10-25', value: 100e6, days: 112 }),
    point({ platform: 'Threads', date: '2023-11-30', value: 73e6, basis: 'estimate', days: 148 }),
    point({ platform: 'Mastodon', date: '2022-10-01', value: 1e6, days: -26 }),
  ];

  it('splits company figures from estimates and orders platforms as the app does', () => {
    const series = toSeries(points, false);
    expect(series.map((s) => s.label)).toEqual([
      'Threads — MAU, Threads (company)',
      'Threads — MAU, Sensor Tower',
      'X — MAU, X (company)',
      'Mastodon — MAU, Mastodon (company)',
    ]);
    expect(series[0]?.points.map((p) => p.value)).toEqual([100e6, 130e6]);
    expect(series[0]?.points[0]?.x).toBe(Date.UTC(2023, 9, 25));
  });

  it('never joins two vendors or two coverages of one platform and basis', () => {
    const dau = [
      point({
        platform: 'X',
        date: '2023-07-07',
        value: 109e6,
        basis: 'estimate',
        vendor: 'Similarweb',
        coverage: 'global (Android only)',
      }),
      point({ platform: 'X', date: '2023-07-31', value: 200e6, basis: 'estimate', vendor: 'Sensor Tower' }),
      point({
        platform: 'X',
        date: '2024-10-01',
        value: 148.5e6,
        basis: 'estimate',
        vendor: 'Similarweb',
        coverage: 'global (mobile apps)',
      }),
      point({
        platform: 'X',
        date: '2025-06-01',
        value: 132e6,
        basis: 'estimate',
        vendor: 'Similarweb',
        coverage: 'global (mobile apps)',
      }),
      point({ platform: 'X', date: '2025-07-09', value: 217e6, basis: 'estimate', vendor: 'Sensor Tower' }),
    ];
    const series = toSeries(dau, false);
    expect(series.map((s) => [s.label, s.points.map((p) => p.value)])).toEqual([
      ['X — MAU, Sensor Tower', [200e6, 217e6]],
      ['X — MAU, Similarweb, Android only', [109e6]],
      ['X — MAU, Similarweb, mobile apps', [148.5e6, 132e6]],
    ]);
  });

  it('uses days since the anchor event when aligned and drops what cannot be aligned', () => {
    const series = toSeries(points, true);
    expect(series.map((s) => s.key)).toEqual([
      'Threads|MAU|company|Threads|global',
      'Threads|MAU|estimate|Sensor Tower|global',
    ]);
    expect(series[0]?.points.map((p) => p.x)).toEqual([112, 211]);
    expect(platformsWithoutLaunch(points)).toEqual(['X']);
  });

  it('breaks a line at a gap of more than four times the usual spacing, in both x modes', () => {
    // Quarterly figures (90-92 days apart) with two years missing in the middle.
    const dates = ['2018-12-31', '2019-03-31', '2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31'];
    const quarterly = dates.map((date, i) => point({ platform: 'X', date, value: 100 + i, days: 1000 + i * 100 }));
    for (const aligned of [false, true]) {
      const [series] = toSeries(quarterly, aligned);
      expect(series?.segments.map((run) => run.map((p) => p.value))).toEqual([
        [100, 101],
        [102, 103, 104, 105],
      ]);
    }
  });
});

describe('series labels', () => {
  it('say what the coverage adds to the region shown', () => {
    expect(coverageQualifier('global (mobile apps)', 'global')).toBe('mobile apps');
    expect(coverageQualifier('global excl. EU', 'global')).toBe('excl. EU');
    expect(coverageQualifier('US (Android only)', 'US')).toBe('Android only');
    expect(coverageQualifier('EU-27', 'EU-27')).toBe('');
    expect(coverageQualifier('Lisbon', 'global')).toBe('Lisbon');
  });

  it('name platform, measure, producer and coverage', () => {
    const base = {
      platform: 'X',
      measure: 'DAU',
      basis: 'estimate',
      vendor: 'Similarweb',
      coverage: 'global (mobile apps)',
    } as const;
    expect(seriesLabel(base, 'global')).toBe('X — DAU, Similarweb, mobile apps');
    expect(seriesLabel({ ...base, vendor: 'Sensor Tower', coverage: 'global' }, 'global')).toBe(
      'X — DAU, Sensor Tower',
    );
    expect(
      seriesLabel(
        { ...base, measure: 'registered', basis: 'company', vendor: 'Bluesky', coverage: 'global' },
        'global',
      ),
    ).toBe('X — registered accounts, Bluesky (company)');
  });
});

describe('labelRows', () => {
  it('stacks overlapping labels and reuses rows once there is room', () => {
    expect(
      labelRows([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 12, end: 20 },
        { start: 6, end: 8 },
      ]),
    ).toEqual([0, 1, 0, 2]);
  });
});
