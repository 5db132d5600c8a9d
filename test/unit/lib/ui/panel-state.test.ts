import { describe, expect, it } from 'vitest';
import { panelStateOf } from '../../../../src/lib/ui/panel';

describe('panelStateOf', () => {
  const base = { isPending: false, isError: false, isFetching: false, isStale: false };
  it('is loading before data, and error on error', () => {
    expect(panelStateOf({ ...base, isPending: true })).toBe('loading');
    expect(panelStateOf({ ...base, isError: true, data: [1] })).toBe('error');
  });
  it('is empty or ready by row count', () => {
    expect(panelStateOf({ ...base, data: [] })).toBe('empty');
    expect(panelStateOf({ ...base, data: [1] })).toBe('ready');
  });
  it('is loading while invalidated data is refetched, but not during an ordinary background fetch', () => {
    expect(panelStateOf({ ...base, data: [1], isFetching: true, isStale: true })).toBe('loading');
    expect(panelStateOf({ ...base, data: [1], isFetching: true, isStale: false })).toBe('ready');
  });
});
