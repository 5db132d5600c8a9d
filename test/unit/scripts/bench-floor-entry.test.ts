import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { floorEntry as entryOf } from '../../../scripts/bench/stats.mjs';

const floorEntry = entryOf as (
  what: string,
  floorRuns: number[],
  referenceRuns: number[],
) => { what: string; median_ms: number | null; ratio: number | null };

describe('bench: a figure floor', () => {
  it('takes the median of its runs and its ratio to the median of the reference', () => {
    // Medians 1,800 (odd count) and 1,500 (mean of the middle two of four): 1,800 / 1,500 = 1.2.
    expect(floorEntry('least work', [2_100, 1_800, 1_700], [1_400, 1_600, 1_450, 1_550])).toEqual({
      what: 'least work',
      median_ms: 1_800,
      ratio: 1.2,
    });
  });

  it('has no ratio without reference runs', () => {
    expect(floorEntry('least work', [500], []).ratio).toBeNull();
  });
});
