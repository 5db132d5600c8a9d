import { describe, expect, it } from 'vitest';
import type { AdoptionPoint } from '../../../src/features/adoption/api/adoption-series';
import { labelRows } from '../../../src/features/adoption/model/label-rows';
import { platformsWithoutLaunch, toSeries } from '../../../src/features/adoption/model/series';

const point = (platform: string, date: string, value: number, basis: 'company' | 'estimate', days: number | null): AdoptionPoint => ({
  platform,
  date: new Date(`${date}T00:00:00Z`),
  days_since_launch: days,
  value,
  basis,
  metric: basis === 'company' ? 'MAU' : 'MAU_estimate',
  coverage: 'global',
  source: 'test',
  note: null,
  kind: 'reported',
});

describe('toSeries', () => {
  const points = [
    point('X', '2023-07-28', 540e6, 'company', null),
    point('Threads', '2024-02-01', 130e6, 'company', 211),
    point('Threads', '2023-10-25', 100e6, 'company', 112),
    point('Threads', '2023-11-30', 73e6, 'estimate', 148),
    point('Mastodon', '2022-10-01', 1e6, 'company', -26),
  ];

  it('splits company figures from estimates and orders platforms as the app does', () => {
    const series = toSeries(points, false);
    expect(series.map((s) => s.key)).toEqual(['Threads|company', 'Threads|estimate', 'X|company', 'Mastodon|company']);
    expect(series[0]?.points.map((p) => p.value)).toEqual([100e6, 130e6]);
    expect(series[0]?.points[0]?.x).toBe(Date.UTC(2023, 9, 25));
  });

  it('uses days since launch when aligned and drops what cannot be aligned', () => {
    const series = toSeries(points, true);
    expect(series.map((s) => s.key)).toEqual(['Threads|company', 'Threads|estimate']);
    expect(series[0]?.points.map((p) => p.x)).toEqual([112, 211]);
    expect(platformsWithoutLaunch(points)).toEqual(['X']);
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
