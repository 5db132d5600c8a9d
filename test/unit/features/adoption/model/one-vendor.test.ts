import { describe, expect, it } from 'vitest';
import type { AdoptionSeries } from '../../../../../src/features/adoption/model/series';
import { oneVendorEach } from '../../../../../src/features/adoption/model/one-vendor';

/** A series with `n` points; only the fields the choice reads matter. */
function series(platform: string, vendor: string, basis: 'company' | 'estimate', n: number, coverage = 'global') {
  const points = Array.from({ length: n }, (_, i) => ({ x: i }));
  return {
    key: `${platform}|${vendor}|${coverage}`,
    platform,
    measure: 'DAU',
    basis,
    vendor,
    coverage,
    label: `${platform} — ${vendor}`,
    detail: vendor,
    points,
    segments: [points],
  } as unknown as AdoptionSeries;
}

const keys = (list: readonly AdoptionSeries[]) => list.map((s) => s.key);

describe('oneVendorEach', () => {
  it("keeps a platform's own figures over any vendor's, with all of their coverages", () => {
    const input = [
      series('X', 'Similarweb', 'estimate', 9),
      series('X', 'X Corp', 'company', 2),
      series('X', 'X Corp', 'company', 1, 'US'),
    ];
    expect(keys(oneVendorEach(input))).toEqual(['X|X Corp|global', 'X|X Corp|US']);
  });

  it('without own figures keeps the vendor with the most figures, ties by name', () => {
    const input = [
      series('Threads', 'Similarweb', 'estimate', 3),
      series('Threads', 'Sensor Tower', 'estimate', 5),
      series('Bluesky', 'Zeta', 'estimate', 4),
      series('Bluesky', 'Alpha', 'estimate', 4),
    ];
    expect(keys(oneVendorEach(input))).toEqual(['Threads|Sensor Tower|global', 'Bluesky|Alpha|global']);
  });

  it('among company counters keeps the one with the most figures', () => {
    const input = [
      series('Mastodon', "Rochko's crawler", 'company', 1),
      series('Mastodon', 'Mastodon gGmbH', 'company', 5),
      series('Mastodon', 'joinmastodon.org', 'estimate', 7),
    ];
    expect(keys(oneVendorEach(input))).toEqual(['Mastodon|Mastodon gGmbH|global']);
  });

  it('leaves a platform with one vendor as it is', () => {
    const input = [series('Mastodon', 'Mastodon gGmbH', 'company', 4)];
    expect(oneVendorEach(input)).toEqual(input);
  });
});
