import { describe, expect, it } from 'vitest';
import {
  launchProjectionState,
  type LaunchProjectionStatus,
} from '../../../../../src/features/projection/hooks/launch-projection-state';
import { fitShortfall } from '../../../../../src/features/projection/model/launch-projection';

// Threads' launch week as the data has it: two figures on day 0, two on day 1, one each on days 2 and 5.
const THREADS = [
  { days: 0, value: 2e6 },
  { days: 0, value: 5e6 },
  { days: 1, value: 10e6 },
  { days: 1, value: 30e6 },
  { days: 2, value: 70e6 },
  { days: 5, value: 100e6 },
];

describe('fitShortfall', () => {
  it('counts the figures dated before the cutoff day and asks for 4', () => {
    expect(fitShortfall({ figures: THREADS, cutoffDay: 1 })).toEqual({ count: 2, needed: 4 });
    expect(fitShortfall({ figures: THREADS, cutoffDay: 0 })).toEqual({ count: 0, needed: 4 });
    // A cutoff before the launch leaves nothing.
    expect(fitShortfall({ figures: THREADS, cutoffDay: -30 })).toEqual({ count: 0, needed: 4 });
  });

  it('is null when there are enough, and with no cutoff every figure counts', () => {
    expect(fitShortfall({ figures: THREADS, cutoffDay: 2 })).toBeNull();
    expect(fitShortfall({ figures: THREADS, cutoffDay: null })).toBeNull();
    expect(fitShortfall({ figures: THREADS.slice(0, 3) })).toEqual({ count: 3, needed: 4 });
  });
});

describe('launchProjectionState', () => {
  const ready: LaunchProjectionStatus = {
    queryError: null,
    pending: false,
    platforms: ['Threads'],
    analogue: { label: 'Threads launch' },
    target: {},
    cutoffDay: '2023-07-06',
    shortfall: null,
    fit: null,
    projection: null,
  };

  it('says how many figures there are and how many a fit needs, without an error, when the cutoff leaves too few', () => {
    const state = launchProjectionState({ ...ready, shortfall: { count: 2, needed: 4 } });
    expect(state.state).toBe('empty');
    expect(state.error).toBeUndefined();
    expect(state.message).toBe(
      'As of 6 Jul 2023, Threads launch has 2 signup figures dated before the backtest cutoff; a fit needs 4. Move the cutoff later, or clear it.',
    );
    expect(launchProjectionState({ ...ready, shortfall: { count: 1, needed: 4 } }).message).toMatch(
      /has 1 signup figure dated/,
    );
  });

  it('keeps real failures as errors and waits for the projection', () => {
    const failed = launchProjectionState({ ...ready, fit: { ok: false, error: new Error('no convergence') } });
    expect(failed.state).toBe('error');
    expect((failed.error as Error).message).toBe('Cannot fit the analogue launch: no convergence');
    expect(launchProjectionState(ready).state).toBe('loading');
    expect(launchProjectionState({ ...ready, queryError: new Error('boom') }).state).toBe('error');
  });
});
