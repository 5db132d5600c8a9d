import { describe, expect, it } from 'vitest';
import {
  bracketLabel,
  DEFAULT_BRACKET_LIST,
  DEFAULT_BRACKETS,
  parseBrackets,
} from '../../../../../src/features/retention/model/brackets';

describe('custom day brackets', () => {
  it('reads days and ranges, with spaces, hyphens or en dashes, in the order given', () => {
    expect(parseBrackets('0, 1-7 ,8–30')).toEqual({
      ok: true,
      brackets: [
        { lo: 0, hi: 0 },
        { lo: 1, hi: 7 },
        { lo: 8, hi: 30 },
      ],
    });
    const defaults = [
      { lo: 1, hi: 1 },
      { lo: 2, hi: 7 },
      { lo: 8, hi: 14 },
      { lo: 15, hi: 30 },
      { lo: 31, hi: 90 },
    ];
    expect(parseBrackets(DEFAULT_BRACKETS)).toEqual({ ok: true, brackets: defaults });
    expect(DEFAULT_BRACKET_LIST).toEqual(defaults);
  });

  it('allows overlapping brackets (days 1–7 and 1–30 are both fair questions)', () => {
    expect(parseBrackets('1-7,1-30').ok).toBe(true);
  });

  it('names the item it cannot read and says what it accepts', () => {
    const cases: [string, RegExp][] = [
      ['', /at least one/],
      ['1,,7', /"" is not a day/],
      ['1,week', /"week" is not a day or a range of days/],
      ['1.5', /"1.5" is not a day/],
      ['-3', /"-3" is not a day/],
      ['30-8', /"30-8" runs backwards: write the first day first \(8-30\)/],
      ['300-400', /"300-400" goes past day 365/],
      ['1,2-7,1', /"1" is given twice/],
      ['1,2,3,4,5,6,7,8,9,10,11,12,13', /At most 12 brackets: 13 given/],
    ];
    for (const [text, message] of cases) {
      const result = parseBrackets(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message, text).toMatch(message);
    }
  });

  it('labels a single day and a range', () => {
    expect(bracketLabel({ lo: 1, hi: 1 })).toBe('Day 1');
    expect(bracketLabel({ lo: 8, hi: 30 })).toBe('Days 8–30');
  });
});
