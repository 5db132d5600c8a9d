import { describe, expect, it } from 'vitest';
import { lifecycleGrainParam, RETENTION_PARAMS } from '../../../../src/features/retention/url-params';

describe('the Lifecycle period in the URL', () => {
  it('reads day, week and month, and anything else as weeks, saying which part of the link it could not use', () => {
    expect(['day', 'week', 'month'].map((raw) => lifecycleGrainParam.read(raw).value)).toEqual([
      'day',
      'week',
      'month',
    ]);
    expect(lifecycleGrainParam.read(null)).toEqual({ value: 'week', problem: null });
    expect(lifecycleGrainParam.read('fortnight')).toEqual({
      value: 'week',
      problem: { kind: 'malformed', key: 'rlgrain', label: 'Lifecycle period', raw: 'fortnight' },
    });
  });

  it('writes weeks, the default, as no key, and is checked with the rest of the section', () => {
    expect(lifecycleGrainParam.update('week').text).toBeNull();
    expect(lifecycleGrainParam.update('month').text).toBe('month');
    expect(RETENTION_PARAMS).toContain(lifecycleGrainParam);
  });
});
