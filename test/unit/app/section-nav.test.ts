import { describe, expect, it } from 'vitest';
import { sectionHref } from '../../../src/app/section-nav';

describe('sectionHref', () => {
  it('keeps the rest of the link and swaps the section', () => {
    expect(sectionHref('?section=retention&rmax=30&rplat=100%25', 'projection')).toBe(
      '?section=projection&rmax=30&rplat=100%25',
    );
  });

  it('leaves the default section out of the link', () => {
    expect(sectionHref('?section=retention&rmax=30', 'adoption')).toBe('?rmax=30');
    expect(sectionHref('?section=data', 'adoption')).toBe('?');
    expect(sectionHref('', 'data')).toBe('?section=data');
  });
});
