/**
 * What the bundled, modelled cohorts (data/retention.csv and data/events-sample.csv, from
 * scripts/data/generate-retention.mjs) are calibrated to, in the words of data/README.md.
 * Retention and Projection both draw them, and a browser user cannot open the README, so
 * the panels that show them carry this text.
 */

/** The retention profiles' targets (data/README.md, "retention.csv" › "Calibration targets"). */
export const COHORT_RETENTION_TARGETS =
  "Retention: Threads' launch-week cohort keeps 21% on day 30 (Similarweb's 79% month-one fall in daily actives) and under half by day 22 (Zuckerberg's \"more than half\" gone); X keeps 25% on day 1 and 6% on day 30, Bluesky and Mastodon 23% and 6% (Adjust's 2022 industry medians); Mastodon's late-2022 surge cohorts keep 65% active on day 60 or later (its MAU fall from about 2.6M to 1.8M). Threads' later cohorts and Bluesky's surge cohorts are set between these by judgement, not measured.";

/** The cohort sizes' targets (data/README.md, "retention.csv" › "Cohort sizes"). */
export const COHORT_SIZE_TARGETS =
  "Cohort sizes: between any two reported cumulative figures of a platform (registered accounts or signups, one counter and coverage), the modelled signups are within ±15% of the reported growth (Threads' launch week, Bluesky from its public opening, Mastodon's user-count bot). X has never published an account total: its cohorts follow X's own unaudited claim of about 1.7M signups a day, an assumption.";

/** Where the targets, their sources and each interval's residual are documented. */
export const COHORT_MODEL_DOCS =
  'Every target with its source, and the residual of every interval, is in data/README.md (sections "Calibration targets" and "Cohort sizes" under "retention.csv") in Uptake\'s source; the generator checks each target on every run.';
