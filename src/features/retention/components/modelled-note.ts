/** What the badge needs of a query's rows: the platform and the flag the query read from `kind`. */
export interface ModelledFlag {
  readonly platform: string;
  readonly modelled: boolean;
}

const CALIBRATION =
  "Modelled cohorts, not reported ones: calibrated to Threads' reported month-one drop, Zuckerberg's \"more than half\", Adjust's industry medians and Mastodon's 2022–23 MAU fall (data/README.md lists each target).";
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
