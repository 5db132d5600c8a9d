import { describe, expect, it } from 'vitest';
import { modelledNote, modelledProps } from '../../../../../src/features/retention/components/modelled-note';

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
  it('keeps to one line naming what it is calibrated to, the targets and their documentation under it', () => {
    const { modelled: line, modelledDetails } = modelledProps([modelled('Threads')]);
    expect(line).toBe(
      "Modelled cohorts, not reported ones: calibrated to Threads' reported month-one drop, Zuckerberg's \"more than half\", Adjust's industry medians and Mastodon's 2022–23 MAU fall, their sizes to the reported account totals.",
    );
    const details = (modelledDetails ?? []).join('\n');
    // data/README.md's calibration table: Threads' launch week D30 0.21 (79% fall), Adjust's D1/D30 medians, Mastodon's D60.
    expect(details).toContain("Threads' launch-week cohort keeps 21% on day 30 (Similarweb's 79% month-one fall");
    expect(details).toContain('X keeps 25% on day 1 and 6% on day 30, Bluesky and Mastodon 23% and 6%');
    expect(details).toContain('keep 65% active on day 60 or later');
    // Its cohort-size section: ±15% of the reported growth, X on its own claim.
    expect(details).toContain('within ±15% of the reported growth');
    expect(details).toContain("X's own unaudited claim of about 1.7M signups a day, an assumption");
    // Named where it is documented, as text: the README is not served by the app.
    expect(details).toContain(
      'data/README.md (sections "Calibration targets" and "Cohort sizes" under "retention.csv")',
    );
  });

  it('has no explanation when nothing in view is modelled', () => {
    expect(modelledProps([reported('Pixelfed')])).toEqual({ modelled: undefined, modelledDetails: undefined });
  });
});
