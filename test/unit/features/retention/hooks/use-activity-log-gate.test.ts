import { describe, expect, it } from 'vitest';
import { activityLogGate } from '../../../../../src/features/retention/hooks/use-activity-log-gate';

describe('when the panels over activity logs may prepare the log', () => {
  it('stays shut while the logged platforms are unknown, or on their error', () => {
    expect(activityLogGate(['Threads'], undefined, true)).toEqual({ open: false, state: 'loading', missing: [] });
    expect(activityLogGate(['Threads'], undefined, true, true)).toEqual({ open: false, state: 'error', missing: [] });
  });

  it('never opens for platforms with cohort counts only, and names them', () => {
    expect(activityLogGate(['Acme', 'Zed'], ['Threads'], true)).toEqual({
      open: false,
      state: 'empty',
      missing: ['Acme', 'Zed'],
    });
  });

  it('opens for a platform with a log only once the curves are drawn', () => {
    expect(activityLogGate(['Threads', 'Acme'], ['Threads'], false)).toEqual({
      open: false,
      state: 'loading',
      missing: ['Acme'],
    });
    expect(activityLogGate(['Threads', 'Acme'], ['Threads'], true)).toMatchObject({ open: true, missing: ['Acme'] });
  });

  it('leaves a view with no platform at all to the panels, after the curves', () => {
    expect(activityLogGate([], ['Threads'], false).open).toBe(false);
    expect(activityLogGate([], ['Threads'], true).open).toBe(true);
  });
});
