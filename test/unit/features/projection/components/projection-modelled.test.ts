import { describe, expect, it } from 'vitest';
import {
  modelComparisonModelled,
  projectionModelledDetails,
} from '../../../../../src/features/projection/components/projection-modelled';

describe("the Launch projection's explanation under its Modelled line", () => {
  it('with modelled cohorts: how the curve is made, where the reported figures are, and the cohort targets', () => {
    const details = projectionModelledDetails({ retentionPoints: [{ modelled: true }, { modelled: true }] });
    expect(details).toHaveLength(4);
    expect(details[0]).toMatch(/^Projection: the model chosen under Growth models is fitted to the analogue launch's/);
    expect(details[1]).toContain('Sources panel of the Data section');
    expect(details[2]).toMatch(/^Active users: Retention: Threads' launch-week cohort keeps 21% on day 30/);
    expect(details[3]).toContain('data/README.md (sections "Calibration targets" and "Cohort sizes"');
  });

  it('with reported cohorts only: says so, and names no calibration targets', () => {
    const details = projectionModelledDetails({ retentionPoints: [{ modelled: false }] });
    expect(details[2]).toBe('Active users: the retention cohorts in view are reported (imported), not modelled.');
    expect(details.join(' ')).not.toContain('21% on day 30');
  });
});

describe("the growth models' Modelled line", () => {
  it('names the reported series and counter every curve is fitted to', () => {
    const mau = modelComparisonModelled('Threads', { measure: 'MAU', sourceRows: [{ vendor: 'Meta' }] });
    expect(mau.modelled).toBe(
      "Fitted curves, bands and projections are model output, not reported figures: each model is fitted to Threads's reported MAU as counted by Meta.",
    );
    expect(mau.modelledDetails[0]).toContain('rolling origin');
    const signups = modelComparisonModelled('Bluesky', { measure: 'registered', sourceRows: [{ vendor: null }] });
    expect(signups.modelled).toMatch(/fitted to Bluesky's reported cumulative signups\.$/);
  });
});
