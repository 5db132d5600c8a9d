import { describe, expect, it } from 'vitest';
import { modelledNote } from '../../../src/features/retention/components/modelled-note';

describe('the retention panels’ Modelled line', () => {
  it('is there while a bundled (modelled) platform is in view', () => {
    expect(modelledNote(['Threads'])).toMatch(/^Modelled cohorts, not reported ones: calibrated to /);
    expect(modelledNote(['Pixelfed', 'Mastodon'])).toBeDefined();
  });

  it('is absent for imported platforms only, or nothing at all', () => {
    expect(modelledNote(['Pixelfed', 'Lemmy'])).toBeUndefined();
    expect(modelledNote([])).toBeUndefined();
    // Names are matched exactly: an imported "threads" is not the bundled Threads.
    expect(modelledNote(['threads'])).toBeUndefined();
  });
});
