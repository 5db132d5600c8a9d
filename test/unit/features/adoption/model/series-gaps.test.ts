import { describe, expect, it } from 'vitest';
import { splitAtGaps } from '../../../../../src/features/adoption/model/series-gaps';

const runs = (times: number[]) => splitAtGaps(times, (t) => t);

describe('splitAtGaps', () => {
  it('keeps a regular series whole', () => {
    expect(runs([0, 90, 181, 273, 365])).toEqual([[0, 90, 181, 273, 365]]);
  });

  it('breaks only where a gap exceeds four times the median spacing', () => {
    // Spacings 10, 10, 41, 10: median 10, so 41 (> 40) breaks and 40 would not.
    expect(runs([0, 10, 20, 61, 71])).toEqual([
      [0, 10, 20],
      [61, 71],
    ]);
    expect(runs([0, 10, 20, 60, 70])).toEqual([[0, 10, 20, 60, 70]]);
  });

  it('ignores same-day figures when judging the usual spacing', () => {
    // Without the zeros the spacings are 30, 30, 500: median 30, so 500 breaks.
    expect(runs([0, 0, 0, 30, 60, 560])).toEqual([[0, 0, 0, 30, 60], [560]]);
  });

  it('never breaks a series too short to have a usual spacing', () => {
    expect(runs([0, 1000])).toEqual([[0, 1000]]);
    expect(runs([5])).toEqual([[5]]);
    expect(runs([])).toEqual([]);
  });
});
