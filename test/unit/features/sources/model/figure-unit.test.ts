import { describe, expect, it } from 'vitest';
import { figureUnit } from '../../../../../src/features/sources/model/figure-unit';

describe('figureUnit', () => {
  it('reads declines and shares as fractions', () => {
    expect(figureUnit('DAU_decline_vs_peak')).toBe('fraction');
    expect(figureUnit('share_of_week1_signups_not_retained')).toBe('fraction');
  });
  it('names what counted figures count', () => {
    expect(figureUnit('signups_per_day')).toBe('signups a day');
    expect(figureUnit('signups_cumulative')).toBe('signups');
    expect(figureUnit('registered_accounts')).toBe('accounts');
    expect(figureUnit('downloads_cumulative')).toBe('downloads');
    expect(figureUnit('MAU_EU')).toBe('users');
  });
  it('takes an imported code it does not know as users, and no inherited key as a unit', () => {
    expect(figureUnit('weekly_posters')).toBe('users');
    expect(figureUnit('constructor')).toBe('users');
  });
});
