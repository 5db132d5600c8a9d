import { COHORT_MODEL_DOCS, COHORT_RETENTION_TARGETS } from '../../../lib/cohorts/bundled-cohort-model';

/** Where a reader finds every reported figure a model is fitted to, inside the app and out. */
const REPORTED_DOCS =
  'The reported figures it is fitted to, each with its source, vendor and coverage, are listed in the Sources panel of the Data section (and documented in data/README.md, "signups.csv", in Uptake\'s source).';

/**
 * The Launch projection's explanation under its Modelled line: how the curve is made and,
 * when the active users rest on modelled retention cohorts, what those are calibrated to.
 */
export function projectionModelledDetails(view: {
  readonly retentionPoints: readonly { readonly modelled: boolean }[];
}): string[] {
  const method =
    "Projection: the model chosen under Growth models is fitted to the analogue launch's reported cumulative signups, and its curve is scaled to the target's market, the addressable population in launches.csv times the reachable share set above. None of it was reported for the target: the expectations and early downloads are drawn beside it for comparison.";
  const modelledCohorts = view.retentionPoints.some((r) => r.modelled);
  return modelledCohorts
    ? [method, REPORTED_DOCS, `Active users: ${COHORT_RETENTION_TARGETS}`, COHORT_MODEL_DOCS]
    : [method, REPORTED_DOCS, 'Active users: the retention cohorts in view are reported (imported), not modelled.'];
}

/** What the growth-model comparison reads of its series: the measure and the counter's rows. */
export interface ComparedSeries {
  readonly measure: string;
  readonly sourceRows: readonly { readonly vendor: string | null }[];
}

/**
 * The growth-model panel's Modelled line (its curves, bands, table and time machine are all
 * fitted) naming the reported series they are fitted to, and its explanation.
 */
export function modelComparisonModelled(platform: string, view: ComparedSeries) {
  const what = view.measure === 'MAU' ? 'MAU' : 'cumulative signups';
  const who = view.sourceRows[0]?.vendor;
  return {
    modelled: `Fitted curves, bands and projections are model output, not reported figures: each model is fitted to ${platform}'s reported ${what}${who ? ` as counted by ${who}` : ''}.`,
    modelledDetails: [
      'Each model is refitted at every reported figure from the third on and forecasts the later ones (rolling origin); the Time machine draws the chosen model as it would have projected on the backtest cutoff. The errors, coverage and parameters in the table are measured on reported figures; the curves themselves are not.',
      REPORTED_DOCS,
    ],
  };
}
