import { skipToken } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { cohortHeatmapQueryOptions } from '../../../../../src/features/retention/api/cohort-heatmap';
import { noPlatformState } from '../../../../../src/features/retention/components/cohort-heatmap-panel';

describe('the cohort heatmap with no platform to show', () => {
  it('is loading while the platforms are still being listed, not "no cohorts"', () => {
    expect(noPlatformState({ isPending: true, isError: false })).toBe('loading');
  });

  it('reports a failed listing as an error', () => {
    expect(noPlatformState({ isPending: false, isError: true })).toBe('error');
  });

  it('is empty once the listing has answered, with or without platforms', () => {
    expect(noPlatformState({ isPending: false, isError: false, data: [] })).toBe('empty');
    expect(noPlatformState({ isPending: false, isError: false, data: [{ platform: 'Threads' }] })).toBe('empty');
  });

  it('asks the engine nothing until there is a platform, then asks for that one', () => {
    const params = { source: 'aggregate', region: 'all', mode: 'nday', grain: 'week', minCohort: 50 } as const;
    expect(cohortHeatmapQueryOptions({ ...params, platform: '' }).queryFn).toBe(skipToken);
    const threads = cohortHeatmapQueryOptions({ ...params, platform: 'Threads' });
    expect(typeof threads.queryFn).toBe('function');
    expect(JSON.stringify(threads.queryKey)).toContain('"platform":"Threads"');
  });
});
