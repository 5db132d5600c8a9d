import {
  COHORT_MODEL_DOCS,
  COHORT_RETENTION_TARGETS,
  COHORT_SIZE_TARGETS,
} from '../../../lib/cohorts/bundled-cohort-model';

/** What the badge needs of a query's rows: the platform and the flag the query read from `kind`. */
export interface ModelledFlag {
  readonly platform: string;
  readonly modelled: boolean;
}

const CALIBRATION = `Modelled cohorts, not reported ones: calibrated to Threads' reported month-one drop, Zuckerberg's "more than half", Adjust's industry medians and Mastodon's 2022–23 MAU fall, their sizes to the reported account totals.`;
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

/**
 * The Panel props for rows that may be modelled: the one line, and under it the targets
 * themselves and where they are documented (data/README.md, which the app cannot serve).
 */
export function modelledProps(rows: readonly ModelledFlag[]): {
  readonly modelled: string | undefined;
  readonly modelledDetails: readonly string[] | undefined;
} {
  const modelled = modelledNote(rows);
  return {
    modelled,
    modelledDetails: modelled ? [COHORT_RETENTION_TARGETS, COHORT_SIZE_TARGETS, COHORT_MODEL_DOCS] : undefined,
  };
}
