/** A platform and a region it has cohorts in (the shape of the retention options query). */
export interface PlatformRegion {
  readonly platform: string;
  readonly region: string;
}

/**
 * The shown platforms that have no cohorts in `region`, in the order given: a region filter
 * drops them from every panel, so the section names them instead of letting them vanish.
 * `allRegions` is the value that means no filter; it hides nothing.
 */
export function platformsWithoutRegion(
  present: readonly PlatformRegion[],
  shown: readonly string[],
  region: string,
  allRegions: string,
): string[] {
  if (region === allRegions) return [];
  const covered = new Set(present.filter((o) => o.region === region).map((o) => o.platform));
  return shown.filter((p) => !covered.has(p));
}

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/** "No EU-27 figures for X and Bluesky", or null when nothing is hidden. */
export function regionCoverageNote(region: string, missing: readonly string[]): string | null {
  return missing.length === 0 ? null : `No ${region} figures for ${LIST.format(missing)}.`;
}
