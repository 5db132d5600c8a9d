import { describe, expect, it } from 'vitest';
import { dayTicks, monthTicks } from '../../../../src/lib/time/ticks';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (ts: number[]) => ts.map((t) => new Date(t).toISOString().slice(0, 10));

describe('monthTicks', () => {
  it('uses yearly ticks on January 1st over several years', () => {
    expect(iso(monthTicks(day('2018-12-31'), day('2025-11-18')))).toEqual([
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
    ]);
  });

  it('uses quarters over two years and months over a few months', () => {
    expect(iso(monthTicks(day('2023-07-05'), day('2024-06-30')))).toEqual(['2023-10-01', '2024-01-01', '2024-04-01']);
    expect(iso(monthTicks(day('2023-07-05'), day('2023-10-15')))).toEqual(['2023-08-01', '2023-09-01', '2023-10-01']);
  });

  it('never repeats a tick and returns none for an empty domain', () => {
    const ticks = monthTicks(day('2010-01-01'), day('2026-01-01'));
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(monthTicks(NaN, 1)).toEqual([]);
  });
});

describe('dayTicks', () => {
  it('ticks a year at 0, 90, 180 and 365, not at 95, 190, 285', () => {
    expect(dayTicks(365)).toEqual([0, 90, 180, 365]);
  });

  it('uses the finer round offsets as the range shrinks, never closer than an eighth of it', () => {
    expect(dayTicks(180)).toEqual([0, 30, 60, 90, 180]);
    expect(dayTicks(90)).toEqual([0, 14, 30, 60, 90]);
    expect(dayTicks(30)).toEqual([0, 7, 14, 30]);
    expect(dayTicks(730)).toEqual([0, 180, 365, 730]);
  });

  it('stops at the largest round offset inside a range that ends elsewhere', () => {
    expect(dayTicks(400)).toEqual([0, 90, 180, 365]);
  });

  it('counts days on a range shorter than two weeks, and gives 0 alone for an empty one', () => {
    expect(dayTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(dayTicks(12)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(dayTicks(0)).toEqual([0]);
    expect(dayTicks(Number.NaN)).toEqual([0]);
  });
});
