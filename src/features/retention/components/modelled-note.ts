import { BUNDLED_PLATFORMS } from '../../../lib/platforms';

/**
 * The panels' "Modelled" line when bundled data is in view, else undefined. Both bundled
 * retention sources (the cohort table and the events sample) are modelled for exactly the
 * bundled platforms; the rows carry no per-row flag, so a bundled platform in view is the
 * sign. An imported dataset for one of those platforms is drawn together with the bundled
 * one, so the badge stays on then too.
 */
export function modelledNote(platforms: readonly string[]): string | undefined {
  const bundled = platforms.some((p) => (BUNDLED_PLATFORMS as readonly string[]).includes(p));
  return bundled
    ? "Modelled cohorts, not reported ones: calibrated to Threads' reported month-one drop, Zuckerberg's \"more than half\", Adjust's industry medians and Mastodon's 2022–23 MAU fall (each target is listed in data/README.md in the project's source, which the app does not serve)."
    : undefined;
}
