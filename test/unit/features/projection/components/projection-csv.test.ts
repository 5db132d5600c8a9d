import { describe, expect, it } from 'vitest';
import {
  PROJECTION_COLUMNS,
  projectionCsvRows,
} from '../../../../../src/features/projection/components/projection-csv';
import type { FiguresProjection } from '../../../../../src/features/projection/model/carried-projection';

const FIGURES: FiguresProjection = {
  id: 'bass',
  label: 'Bass',
  rows: [
    { day: 30, signupsLow: 90.4, signups: 100.5, signupsHigh: 110.6, activesLow: 40, actives: 50, activesHigh: 60 },
  ],
  analogue: (t) => t * 2,
  target: (t) => t,
  band: 'band',
  fallback: null,
};
const dayOf = (offset: number) => new Date(Date.UTC(2023, 11, 14 + offset));

describe('the launch projection CSV', () => {
  it('says on every row that the figures are modelled, and whether its retention cohorts are', () => {
    expect(PROJECTION_COLUMNS.slice(-3)).toEqual(['model', 'modelled', 'retention_cohorts']);
    const modelled = projectionCsvRows(
      { platform: 'Threads', targetRegion: 'EU-27', dayOf, cohortsModelled: true },
      FIGURES,
    );
    // Day 30 after 2023-12-14 is 2024-01-13; counts rounded to whole people; the analogue at day 30 is 2 × 30.
    expect(modelled).toEqual([
      {
        platform: 'Threads',
        target_region: 'EU-27',
        day: 30,
        date: '2024-01-13',
        signups_low: 90,
        signups: 101,
        signups_high: 111,
        actives_low: 40,
        actives: 50,
        actives_high: 60,
        analogue_signups: 60,
        model: 'Bass',
        modelled: true,
        retention_cohorts: 'modelled',
      },
    ]);
    const reported = projectionCsvRows(
      { platform: 'Threads', targetRegion: 'EU-27', dayOf, cohortsModelled: false },
      FIGURES,
    );
    expect(reported[0]).toMatchObject({ modelled: true, retention_cohorts: 'reported' });
  });
});
