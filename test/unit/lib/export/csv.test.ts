import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toSafeCsv } from '../../../../src/lib/export/csv';

describe('toSafeCsv', () => {
  it('writes a header and the rows', () => {
    expect(toSafeCsv([{ day: 30, signups: 25.9e6, note: 'a, "b"' }])).toBe('day,signups,note\n30,25900000,"a, ""b"""');
  });

  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "=cmd|' /C calc'!A0\nmore"])(
    'neutralises a text cell starting a formula: %j',
    (cell) => {
      const csv = toSafeCsv([{ cell }]);
      const parsed = Papa.parse<string[]>(csv).data;
      expect(parsed[1]?.[0]).toBe(`'${cell}`);
    },
  );

  it('leaves numbers, safe text and empty cells alone', () => {
    expect(toSafeCsv([{ a: -5, b: 'x=1', c: null, d: undefined, e: ' =1' }])).toBe('a,b,c,d,e\n-5,x=1,,," =1"');
  });

  it('uses the given column order and writes dates as ISO', () => {
    expect(toSafeCsv([{ b: 2, a: new Date('2023-12-14T00:00:00Z') }], ['a', 'b'])).toBe(
      'a,b\n2023-12-14T00:00:00.000Z,2',
    );
  });

  it('refuses an export without columns', () => {
    expect(() => toSafeCsv([])).toThrow(/at least one column/);
  });
});
