import { describe, expect, it } from 'vitest';
import { DEFAULT_DIALECT, withSeparator } from '../../../../../src/lib/datasets/detect/dialect';

describe('withSeparator keeps the decimal and thousands separators apart', () => {
  it('a point for thousands makes the decimal a comma, and a comma for thousands makes it a point', () => {
    expect(withSeparator(DEFAULT_DIALECT, { thousands: '.' })).toMatchObject({ thousands: '.', decimal: ',' });
    expect(withSeparator({ ...DEFAULT_DIALECT, decimal: ',' }, { thousands: ',' })).toMatchObject({
      thousands: ',',
      decimal: '.',
    });
  });

  it('a decimal mark equal to the thousands separator turns the thousands separator off', () => {
    expect(withSeparator({ ...DEFAULT_DIALECT, thousands: ',' }, { decimal: ',' })).toMatchObject({
      decimal: ',',
      thousands: '',
    });
  });

  it("a mark the user chooses drops detection's reason for the old one; a thousands change that keeps it does not", () => {
    const detected = {
      ...DEFAULT_DIALECT,
      decimal: ',' as const,
      decimalFrom: { by: 'values' as const, example: '1,5' },
    };
    expect(withSeparator(detected, { decimal: '.' })).toEqual({ ...DEFAULT_DIALECT, decimal: '.' });
    expect(withSeparator(detected, { thousands: ',' })).toEqual({ ...DEFAULT_DIALECT, decimal: '.', thousands: ',' });
    expect(withSeparator(detected, { thousands: ' ' })).toEqual({ ...detected, thousands: ' ' });
  });

  it('leaves the other separator alone when they do not clash', () => {
    expect(withSeparator(DEFAULT_DIALECT, { thousands: ' ' })).toEqual({ ...DEFAULT_DIALECT, thousands: ' ' });
    expect(withSeparator({ ...DEFAULT_DIALECT, thousands: '.', decimal: ',' }, { decimal: ',' })).toMatchObject({
      thousands: '.',
      decimal: ',',
    });
  });
});
