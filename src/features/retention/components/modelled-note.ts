/** What the badge needs of a query's rows: the platform and the flag the query read from `kind`. */
export interface ModelledFlag {
  readonly platform: string;
  readonly modelled: boolean;
}

/**
 * The calibration targets themselves (data/README.md's table, which a browser user cannot
 * open), so the panel says what the modelled figures were made to match.
 */
export const CALIBRATION_TARGETS =
  "Threads' launch-week cohort keeps 21% on day 30 (Similarweb's 79% month-one fall in daily actives) and under half by day 22 (Zuckerberg's \"more than half\" gone); X keeps 25% on day 1 and 6% on day 30, Bluesky and Mastodon 23% and 6% (Adjust's 2022 industry medians); Mastodon's late-2022 surge cohorts keep 65% active on day 60 or later (its MAU fall from about 2.6M to 1.8M). Threads' later cohorts and Bluesky's surge cohorts are set between these by judgement, not measured.";
const CALIBRATION = `Modelled cohorts, not reported ones: calibrated to Threads' reported month-one drop, Zuckerberg's "more than half", Adjust's industry medians and Mastodon's 2022–23 MAU fall. ${CALIBRATION_TARGETS}`;
const X_ASSUMPTION =
  " X's cohort sizes are an assumption: they follow X's own unaudited claim of about 1.7M signups a day, which no third party has confirmed.";

/**
 * The panels' "Modelled" line when any row in view is modelled (the query's flag, from the
 * rows' `kind`), else undefined: an imported, reported dataset alone shows no badge. When X's
 * modelled cohorts are in view the line says their size rests on X's own claim.
 */
export function modelledNote(rows: readonly ModelledFlag[]): string | undefined {
  if (!rows.some((r) => r.modelled)) return undefined;
  return rows.some((r) => r.modelled && r.platform === 'X') ? CALIBRATION + X_ASSUMPTION : CALIBRATION;
}
