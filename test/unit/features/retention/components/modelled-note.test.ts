import { describe, expect, it } from 'vitest';
import { modelledNote } from '../../../../../src/features/retention/components/modelled-note';

const modelled = (platform: string) => ({ platform, modelled: true });
const reported = (platform: string) => ({ platform, modelled: false });

describe('the retention panels’ Modelled line', () => {
  it('is there while any row in view is flagged modelled by its query', () => {
    expect(modelledNote([modelled('Threads')])).toMatch(/^Modelled cohorts, not reported ones: calibrated to /);
    expect(modelledNote([reported('Pixelfed'), modelled('Mastodon')])).toBeDefined();
  });

  it('is absent when every row is reported, or there are none', () => {
    expect(modelledNote([reported('Pixelfed'), reported('Lemmy')])).toBeUndefined();
    expect(modelledNote([])).toBeUndefined();
    // The flag decides, not the name: a reported dataset named like a bundled platform shows no badge.
    expect(modelledNote([reported('Threads')])).toBeUndefined();
  });

  it("says X's modelled cohort sizes are an assumption from X's own claim, only when they are in view", () => {
    expect(modelledNote([modelled('X')])).toMatch(
      /X's cohort sizes are an assumption: they follow X's own unaudited claim of about 1\.7M signups a day/,
    );
    expect(modelledNote([modelled('Threads'), reported('X')])).not.toMatch(/assumption/);
    expect(modelledNote([modelled('Threads')])).not.toMatch(/X's/);
  });
});

describe('the calibration it names', () => {
  it('says each target in the app instead of sending the reader to data/README.md', () => {
    const note = modelledNote([modelled('Threads')]) ?? '';
    expect(note).not.toMatch(/README/);
    // data/README.md's calibration table: Threads' launch week D30 0.21 (79% fall), Adjust's D1/D30 medians, Mastodon's D60.
    expect(note).toContain("Threads' launch-week cohort keeps 21% on day 30 (Similarweb's 79% month-one fall");
    expect(note).toContain('X keeps 25% on day 1 and 6% on day 30, Bluesky and Mastodon 23% and 6%');
    expect(note).toContain('keep 65% active on day 60 or later');
  });
});
