import { describe, expect, it } from 'vitest';
import { scenarioSetting } from '../../../../../src/features/projection/model/scenarios';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const launches = [
  // Threads' US row comes first, as in the data, and has no figures of its own: the worldwide row is fitted.
  {
    platform: 'Threads',
    region: 'US',
    event_date: day('2023-07-05'),
    event: 'launch',
    addressable_population: 334914895,
  },
  {
    platform: 'Threads',
    region: 'global',
    event_date: day('2023-07-05'),
    event: 'launch',
    addressable_population: null,
  },
  {
    platform: 'Bluesky',
    region: 'global',
    event_date: day('2024-02-06'),
    event: 'public_opening',
    addressable_population: null,
  },
];

describe('scenario presets', () => {
  it('sets a slow start to the meta-analysis averages, per day', () => {
    const s = scenarioSetting('slow-start', [], launches);
    expect(s.p).toBeCloseTo(0.03 / 365, 12); // 8.219e-5
    expect(s.q).toBeCloseTo(0.38 / 365, 12); // 1.041e-3
  });

  it("recovers the p and q of a launch drawn from a known Bass curve (Threads' launch preset)", () => {
    // F(t) = m (1 − e^−(p+q)t) / (1 + (q/p) e^−(p+q)t) with p = 0.02, q = 1.5, m = 100M, at days 0..7 (figure on day d sits at t = d + 1).
    const bass = (t: number) => (1e8 * (1 - Math.exp(-1.52 * t))) / (1 + 75 * Math.exp(-1.52 * t));
    const figures = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => ({
      platform: 'Threads',
      date: new Date(day('2023-07-05').getTime() + d * 86_400_000),
      value: bass(d + 1),
      region: 'global',
      vendor: 'Meta',
      source: 's',
    }));
    const s = scenarioSetting('threads-launch', figures, launches);
    expect(s.p).toBeCloseTo(0.02, 4);
    expect(s.q).toBeCloseTo(1.5, 3);
    expect(s.basis).toBe('fitted to 8 figures counted by Meta after it');
  });

  it('says why a preset cannot be set', () => {
    expect(() => scenarioSetting('bluesky-opening', [], launches)).toThrow(
      'the Bluesky public opening cannot be fitted: no signup figures for global',
    );
    expect(() => scenarioSetting('threads-launch', [], [])).toThrow('the data has no Threads launch');
  });
});
