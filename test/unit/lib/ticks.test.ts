import { describe, expect, it } from 'vitest';
import { monthTicks } from '../../../src/lib/time/ticks';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (ts: number[]) => ts.map((t) => new Date(t).toISOString().slice(0, 10));

describe('monthTicks', () => {
  it('uses yearly ticks on January 1st over several years', () => {
    expect(iso(monthTicks(day('2018-12-31'), day('2025-11-18')))).toEqual([
      '2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01',
    ]);
  });

  it('uses quarters over two years and months over a few months', () => {
    expect(iso(monthTicks(day('2023-07-05'), day('2024-06-30')))).toEqual([
      '2023-10-01', '2024-01-01', '2024-04-01',
    ]);
    expect(iso(monthTicks(day('2023-07-05'), day('2023-10-15')))).toEqual(['2023-08-01', '2023-09-01', '2023-10-01']);
  });

  it('never repeats a tick and returns none for an empty domain', () => {
    const ticks = monthTicks(day('2010-01-01'), day('2026-01-01'));
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(monthTicks(NaN, 1)).toEqual([]);
  });
});
