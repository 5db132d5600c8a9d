import { describe, expect, it } from 'vitest';
import { CHURN_DEFINITIONS, DEFINITION_TEXT } from '../../../../../src/features/retention/model/churn-definitions';

describe("the churn definitions' words", () => {
  it('call the first 7 signup days of the data first cohorts, never a launch (a launch is a dated event)', () => {
    for (const id of CHURN_DEFINITIONS) {
      const { name, counts } = DEFINITION_TEXT[id];
      expect(name, id).not.toMatch(/launch/i);
      // Only the DAU decline mentions a launch: to say its published method counts from one.
      if (id !== 'dau-decline') expect(counts, id).not.toMatch(/launch/i);
    }
    expect(DEFINITION_TEXT.nday.counts).toBe('First-cohort users not active on their own day 30 after signing up.');
    expect(DEFINITION_TEXT['dau-decline'].name).toBe('DAU decline from the first-month peak');
    expect(DEFINITION_TEXT['dau-decline'].counts).toContain(
      'which counts from a launch: the same days only for Threads',
    );
    expect(DEFINITION_TEXT['first-week-share'].counts).toMatch(
      /^Users who signed up in the first 7 days of the data and were not active on its day 30, one calendar date/,
    );
  });
});
