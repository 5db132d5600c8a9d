import { describe, expect, it } from 'vitest';
import { metricLabel } from '../../../src/lib/metric-labels';

describe('metricLabel', () => {
  it('names the internal codes readers saw in tooltips', () => {
    expect(metricLabel('MAU_estimate')).toBe('Monthly active users (third-party estimate)');
    expect(metricLabel('DAU_android_estimate')).toBe('Daily active users, Android only (third-party estimate)');
    expect(metricLabel('mDAU')).toBe("Monetizable daily active users (Twitter's mDAU)");
  });

  it('shows an unknown imported code as it is', () => {
    expect(metricLabel('weekly_posters')).toBe('weekly_posters');
    expect(metricLabel('toString')).toBe('toString');
  });
});
