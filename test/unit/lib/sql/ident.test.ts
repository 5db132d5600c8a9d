import { describe, expect, it } from 'vitest';
import { ident, literal, qualified } from '../../../../src/lib/sql/ident';

describe('ident / literal', () => {
  it('quotes identifiers and doubles inner quotes', () => {
    expect(ident('signups')).toBe('"signups"');
    expect(ident('we"ird')).toBe('"we""ird"');
    expect(ident('Robert"); DROP TABLE signups; --')).toBe('"Robert""); DROP TABLE signups; --"');
    expect(qualified('main', 'sign ups')).toBe('"main"."sign ups"');
  });

  it('quotes literals and doubles inner single quotes', () => {
    expect(literal("it's.csv")).toBe("'it''s.csv'");
  });

  it('refuses empty identifiers and NUL characters', () => {
    expect(() => ident('')).toThrow(/empty/);
    expect(() => ident('a\0b')).toThrow(/NUL/);
    expect(() => literal('a\0b')).toThrow(/NUL/);
  });
});
