import { describe, expect, it } from 'vitest';
import {
  timeMachineFileParts,
  timeMachineRows,
  timeMachineSettings,
  timeMachineSources,
  type TimeMachineExportInput,
} from '../../../../../src/features/projection/components/time-machine-export';

const LAUNCH = new Date('2023-07-05T00:00:00Z');
const DAY = 86_400_000;
const INPUT: TimeMachineExportInput = {
  platform: 'Threads',
  launch: { region: 'global', event_date: LAUNCH },
  unit: 'MAU',
  modelLabel: 'Linear trend',
  cutoff: '2024-08-01',
  used: 4,
  vendor: 'Meta',
  sources: ['Meta Q3 call', 'Zuckerberg', 'Meta Q3 call'],
};

describe('time machine export', () => {
  it('writes one row per drawn position: date, days since the launch, modelled (rounded), band and reported figures', () => {
    const rows = timeMachineRows(INPUT, [
      { x: LAUNCH.getTime() + 30 * DAY, modelled: 1234.6, band: [1000.2, 1500.7] },
      { x: LAUNCH.getTime() + 100 * DAY, modelled: 5000, band: null, used: 4800 },
      { x: LAUNCH.getTime() + 400 * DAY, modelled: 9000, band: null, later: 9500 },
    ]);
    expect(rows).toEqual([
      {
        platform: 'Threads',
        region: 'global',
        measure: 'MAU',
        model: 'Linear trend',
        date: '2023-08-04',
        days_since_launch: 30,
        modelled: 1235,
        band_low: 1000,
        band_high: 1501,
        reported_fitted: null,
        reported_after_cutoff: null,
      },
      expect.objectContaining({ date: '2023-10-13', days_since_launch: 100, band_low: null, reported_fitted: 4800 }),
      expect.objectContaining({ date: '2024-08-08', days_since_launch: 400, reported_after_cutoff: 9500 }),
    ]);
  });

  it('names the files and captions the image by platform, region, model and cutoff', () => {
    expect(timeMachineFileParts(INPUT)).toEqual(['Threads', 'global', 'Linear trend', 'cutoff 2024-08-01']);
    expect(timeMachineFileParts({ ...INPUT, cutoff: null })).toEqual(['Threads', 'global', 'Linear trend', 'today']);
    expect(timeMachineSettings(INPUT)).toBe(
      'Series: MAU of Threads (global), counted by Meta · Model: Linear trend · As of: 1 Aug 2024, fitted to 4 figures',
    );
    expect(timeMachineSettings({ ...INPUT, cutoff: null, used: 1, vendor: null })).toBe(
      'Series: MAU of Threads (global), counted by a counter the data does not name · Model: Linear trend · As of: today (every figure), fitted to 1 figure',
    );
    expect(timeMachineSources(INPUT)).toBe('Meta Q3 call; Zuckerberg');
  });
});
