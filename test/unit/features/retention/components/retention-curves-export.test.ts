import { describe, expect, it } from 'vitest';
import { relativeComparisonText } from '../../../../../src/features/retention/components/relative-figure-text';
import {
  compareFileParts,
  compareSettings,
  relativeRows,
} from '../../../../../src/features/retention/components/retention-curves-export';
import type { CompareTo } from '../../../../../src/features/retention/hooks/use-compare-to';
import type { RelativeSeries } from '../../../../../src/features/retention/model/relative-curves';

const view = { source: 'aggregate', region: 'all', mode: 'nday', maxDay: 90, fit: true } as const;
const threads: RelativeSeries = {
  platform: 'Threads',
  modelled: true,
  points: [
    { day: 1, value: 0.05, interval: { low: 0.02, high: 0.08 }, rate: 0.3, baseRate: 0.25 },
    { day: 7, value: -0.01, interval: null, rate: 0.1, baseRate: 0.11 },
  ],
};
const compare = (measure: CompareTo['measure']): CompareTo => ({
  baseline: 'Bluesky',
  setBaseline: () => undefined,
  measure,
  setMeasure: () => undefined,
  relative: [threads],
});

describe("the curves' CSV and file name against a baseline", () => {
  it("holds the baseline's own retention at 0, then each platform against it with its interval and method", () => {
    const rows = relativeRows([threads], compare('difference'), true, view);
    expect(rows[0]).toMatchObject({ platform: 'Bluesky', series: 'baseline', day: 1, retention: 0.25, relative: 0 });
    expect(rows[1]).toMatchObject({ platform: 'Bluesky', day: 7, retention: 0.11, compared_to: 'Bluesky' });
    expect(rows[2]).toEqual({
      platform: 'Threads',
      series: 'against Bluesky',
      day: 1,
      retention: 0.3,
      retention_mode: 'nday',
      region: 'all',
      data_source: 'aggregate',
      modelled: true,
      compared_to: 'Bluesky',
      relative_as: 'difference',
      relative: 0.05,
      relative_low_95: 0.02,
      relative_high_95: 0.08,
      interval_method: "Newcombe's score interval from the two Wilson intervals",
    });
    expect(rows[3]).toMatchObject({ relative: -0.01, relative_low_95: null, relative_high_95: null });
    expect(relativeRows([threads], compare('ratio'), true, view)[0]?.relative).toBe(1);
  });

  it('names the file and the image after the baseline and the measure', () => {
    expect(compareFileParts(view, ['Threads', 'Bluesky'], compare('ratio')).slice(-3)).toEqual([
      'vs',
      'Bluesky',
      'ratio',
    ]);
    expect(compareSettings(view, ['Threads', 'Bluesky'], compare('ratio'))).toContain(
      "Compared to: Bluesky (ratio; 95% interval by Donner and Zou's MOVER-R from the two Wilson intervals; observed days only)",
    );
  });

  it("writes the day table's comparison under either measure", () => {
    const comparison = { difference: 0.05, interval: { low: 0.02, high: 0.08 }, z: 3.4, p: 0.0007, withinNoise: false };
    expect(
      relativeComparisonText({ value: 0.05, interval: { low: 0.02, high: 0.08 } }, comparison, 'Bluesky', 'difference'),
    ).toBe('+5.0 pt vs Bluesky (95% +2.0 pt to +8.0 pt): beyond noise, p < 0.001');
    expect(
      relativeComparisonText({ value: 1.2, interval: { low: 1.05, high: 1.371 } }, comparison, 'Bluesky', 'ratio'),
    ).toBe('1.20× Bluesky (95% 1.05× to 1.37×): beyond noise, p < 0.001');
    expect(relativeComparisonText(null, null, 'Bluesky', 'ratio')).toBe('no comparison with Bluesky on this day');
  });
});
