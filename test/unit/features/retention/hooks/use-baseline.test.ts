import { describe, expect, it } from 'vitest';
import { baselineOf } from '../../../../../src/features/retention/hooks/use-baseline';
import { relativeParam } from '../../../../../src/features/retention/url-params';

describe('the baseline a link names', () => {
  it('is used when it is a platform in view', () => {
    expect(baselineOf('Bluesky', ['Threads', 'Bluesky'])).toBe('Bluesky');
  });

  it('reads as none when it is not loaded, filtered out, mistyped or empty', () => {
    expect(baselineOf('Bluesky', ['Threads'])).toBe('');
    expect(baselineOf('bluesky', ['Threads', 'Bluesky'])).toBe('');
    expect(baselineOf('', ['Threads'])).toBe('');
  });

  it('is compared as a difference unless the link says ratio', () => {
    expect(relativeParam.read('ratio').value).toBe('ratio');
    expect(relativeParam.read('difference').value).toBe('difference');
    expect(relativeParam.read('percent').value).toBe('difference');
  });
});
