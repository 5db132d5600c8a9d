import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, formatFull, formatPercent } from '../../../src/lib/format-number';

describe('number formats', () => {
  it('keeps units and separators', () => {
    expect(formatCompact(203_080_756)).toBe('203.1M');
    expect(formatCompact(1_500)).toBe('1.5K');
    expect(formatFull(1_234_567)).toBe('1,234,567');
    expect(formatPercent(0.793)).toBe('79.3%');
  });

  it('puts the noun of a count in the right number', () => {
    expect(formatCount(1, 'platform')).toBe('1 platform');
    expect(formatCount(0, 'platform')).toBe('0 platforms');
    expect(formatCount(12_345, 'row')).toBe('12,345 rows');
    expect(formatCount(2, 'reported figure')).toBe('2 reported figures');
    expect(formatCount(3, 'category', 'categories')).toBe('3 categories');
  });
});
