import { describe, expect, it } from 'vitest';
import {
  analogueSeries,
  latestByRegion,
  targetReason,
  type RegisteredFigure,
} from '../../../../../src/features/projection/model/analogue-offers';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fig = (iso: string, value: number, vendor = 'Co', region = 'global'): RegisteredFigure => ({
  date: day(iso),
  value,
  region,
  vendor,
  source: 's',
});
const launch = (iso: string, region = 'global', population: number | null = null) => ({
  region,
  event_date: day(iso),
  addressable_population: population,
});

describe('analogue series: one counter, its own region', () => {
  it('keeps the counter with most figures after the launch, with its own count before it as the baseline', () => {
    const figures = [
      fig('2024-01-01', 2e6),
      fig('2024-01-01', 9e6, 'Tracker'), // another counter's larger figure is not the baseline
      fig('2024-01-10', 3e6),
      fig('2024-01-11', 3.5e6, 'Tracker'),
      fig('2024-01-12', 4e6),
      fig('2024-01-20', 5e6),
      fig('2024-02-09', 6e6),
    ];
    const offer = analogueSeries(figures, launch('2024-01-10'));
    expect(offer).toEqual({
      ok: true,
      value: {
        vendor: 'Co',
        region: 'global',
        baseline: 2e6,
        figures: [
          { days: 0, value: 3e6, date: day('2024-01-10'), source: 's' },
          { days: 2, value: 4e6, date: day('2024-01-12'), source: 's' },
          { days: 10, value: 5e6, date: day('2024-01-20'), source: 's' },
          { days: 30, value: 6e6, date: day('2024-02-09'), source: 's' },
        ],
      },
    });
  });

  it('has a zero baseline when nobody counted before the launch', () => {
    const offer = analogueSeries(
      [1, 2, 3, 4].map((d) => fig(`2024-01-0${d}`, d * 1e6)),
      launch('2024-01-01'),
    );
    expect(offer.ok && offer.value.baseline).toBe(0);
  });

  it('says why a launch cannot be fitted', () => {
    const four = [1, 2, 3, 4].map((d) => fig(`2024-01-0${d}`, d * 1e6));
    expect(analogueSeries(four, launch('2024-01-01', 'Brazil'))).toEqual({
      ok: false,
      reason: 'no signup figures for Brazil',
    });
    expect(analogueSeries(four, launch('2024-02-01'))).toEqual({ ok: false, reason: 'no signup figures after it' });
    expect(analogueSeries(four.slice(1), launch('2024-01-01'))).toEqual({
      ok: false,
      reason: 'only 3 signup figures after it; a fit needs 4',
    });
    const falling = [...four, fig('2024-01-05', 2.5e6)];
    expect(analogueSeries(falling, launch('2024-01-01'))).toEqual({
      ok: false,
      reason: "Co's count falls from 4M to 2.5M",
    });
    // Below its own baseline is a fall too.
    expect(analogueSeries([fig('2023-12-01', 5e6), ...four], launch('2024-01-01'))).toEqual({
      ok: false,
      reason: "Co's count falls from 5M to 1M",
    });
    const newCounter = [fig('2023-12-01', 5e6, 'Old'), ...four.map((f) => ({ ...f, vendor: 'Bot' }))];
    expect(analogueSeries(newCounter, launch('2024-01-01'))).toEqual({
      ok: false,
      reason: 'its figures after it come from Bot, which has no count before it to subtract',
    });
  });
});

describe('target offers', () => {
  const series = {
    vendor: 'Co',
    region: 'global',
    baseline: 0,
    figures: [1, 2, 3, 4, 5].map((d) => ({ days: d - 1, value: d * 1e6, date: day(`2024-01-0${d}`), source: 's' })),
  };
  const analogue = launch('2024-01-01');

  it('needs a population, and enough analogue figures before a later target', () => {
    expect(targetReason(launch('2024-03-01', 'US'), analogue, series)).toBe('no addressable population in the data');
    expect(targetReason(launch('2024-03-01', 'EU', 400e6), analogue, series)).toBeNull();
    // Before 2024-01-04: the figures of 01-01, 01-02 and 01-03.
    expect(targetReason(launch('2024-01-04', 'EU', 400e6), analogue, series)).toBe(
      'only 3 analogue figures before it; a fit needs 4',
    );
    expect(targetReason(launch('2024-01-05', 'EU', 400e6), analogue, series)).toBeNull();
    // Not later than the analogue: every figure is fitted.
    expect(targetReason(launch('2024-01-01', 'EU', 400e6), analogue, series)).toBeNull();
  });

  it('names each region by its latest launch', () => {
    const launches = [launch('2023-02-01'), launch('2024-02-06'), launch('2024-08-30', 'Brazil', 2e8)];
    expect(latestByRegion(launches).map((l) => [l.region, l.event_date])).toEqual([
      ['global', day('2024-02-06')],
      ['Brazil', day('2024-08-30')],
    ]);
  });
});
