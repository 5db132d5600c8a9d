import { describe, expect, it } from 'vitest';
import { ParamList, placeholders } from '../../../../src/lib/sql/params';

describe('placeholders', () => {
  it('numbers positional parameters from the given start', () => {
    expect(placeholders(3, 3)).toBe('$3, $4, $5');
    expect(placeholders(2)).toBe('$1, $2');
    expect(placeholders(0, 4)).toBe('');
  });

  it('refuses counts and starts that cannot be placeholders', () => {
    expect(() => placeholders(-1)).toThrow(/count/);
    expect(() => placeholders(1.5)).toThrow(/count/);
    expect(() => placeholders(2, 0)).toThrow(/numbered from 1/);
  });
});

describe('ParamList', () => {
  it('hands out placeholders in the order values are added, lists included', () => {
    const p = new ParamList();
    expect(p.add('EU-27')).toBe('$1');
    expect(p.list(['Threads', 'X', 'Bluesky'])).toBe('$2, $3, $4');
    expect(p.int(30)).toBe('$5::INTEGER');
    expect(p.list([])).toBe('');
    expect(p.add(null)).toBe('$6');
    expect(p.values).toEqual(['EU-27', 'Threads', 'X', 'Bluesky', 30, null]);
  });

  it('refuses a non-integer for an INTEGER parameter', () => {
    expect(() => new ParamList().int(1.5)).toThrow(/integer/);
  });
});
