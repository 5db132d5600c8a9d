import { describe, expect, it } from 'vitest';
import { cohortBootstrap, type CohortCount } from '../../../../../src/features/retention/model/cohort-bootstrap';

describe('cohort bootstrap of a pooled curve', () => {
  it('collapses to the curve when every cohort retains alike', () => {
    const counts: CohortCount[] = ['a', 'b', 'c'].flatMap((cohort, i) => [
      { cohort, day: 1, size: 100 * (i + 1), active: 40 * (i + 1) },
      { cohort, day: 7, size: 100 * (i + 1), active: 10 * (i + 1) },
    ]);
    const band = cohortBootstrap(counts);
    expect(band.map((p) => [p.day, p.rate])).toEqual([
      [1, 0.4],
      [7, 0.1],
    ]);
    for (const p of band) {
      expect(p.low).toBeCloseTo(p.rate, 12);
      expect(p.high).toBeCloseTo(p.rate, 12);
    }
  });

  it('weighs each cohort by its size, as the curve does', () => {
    // Sizes 1 and 3, shares 0 and 1. A draw is both small (pooled 0, chance 1/4), one
    // of each (3/4, chance 1/2) or both large (1, chance 1/4). Unweighted, the middle
    // would be 1/2. The 35th–65th percentiles of the draws both sit on 3/4.
    const counts: CohortCount[] = [
      { cohort: 'small', day: 1, size: 1, active: 0 },
      { cohort: 'large', day: 1, size: 3, active: 3 },
    ];
    const [p] = cohortBootstrap(counts, { replicates: 4000, level: 0.3 });
    expect(p?.rate).toBe(0.75);
    expect(p?.low).toBe(0.75);
    expect(p?.high).toBe(0.75);
    // The 95% band spans the extremes: all small (0) and all large (1) each come up a quarter of the time.
    const [wide] = cohortBootstrap(counts, { replicates: 4000 });
    expect([wide?.low, wide?.high]).toEqual([0, 1]);
  });

  it('pools only the cohorts observed on a day, and is the same on every call', () => {
    const counts: CohortCount[] = [
      { cohort: 'old', day: 1, size: 10, active: 5 },
      { cohort: 'old', day: 30, size: 10, active: 2 },
      { cohort: 'new', day: 1, size: 10, active: 1 },
    ];
    const band = cohortBootstrap(counts);
    expect(band.find((p) => p.day === 30)).toEqual({ day: 30, rate: 0.2, low: 0.2, high: 0.2 });
    expect(band.find((p) => p.day === 1)?.rate).toBe(0.3);
    expect(cohortBootstrap(counts)).toEqual(band);
  });
});
