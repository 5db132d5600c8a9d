import { sortPlatforms } from '../../../lib/platforms';
import { MEASURE_SHORT, MEASURES, type Measure } from '../api/measures';
import type { PlatformCoverageRow } from '../api/platform-coverage';

/** A platform with figures somewhere that the chosen region and measure leave off the chart. */
export interface LeftOutPlatform {
  readonly platform: string;
  /** The measures it does have in the chosen region, in selector order; empty: none at all there. */
  readonly measuresThere: readonly Measure[];
}

/**
 * The platforms the chart leaves out: every platform with figures of any measure in any
 * region is one an analyst expects to see, so those without figures of `measure` in
 * `region` are named (in the app's platform order) instead of silently missing.
 */
export function leftOutPlatforms(
  coverage: readonly Pick<PlatformCoverageRow, 'platform' | 'region' | 'measure'>[],
  measure: Measure,
  region: string,
): LeftOutPlatform[] {
  const there = coverage.filter((r) => r.region === region);
  const has = (platform: string, m: Measure) => there.some((r) => r.platform === platform && r.measure === m);
  return sortPlatforms(coverage.map((r) => r.platform))
    .filter((platform) => !has(platform, measure))
    .map((platform) => ({ platform, measuresThere: MEASURES.filter((m) => has(platform, m)) }));
}

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Why each left-out platform is missing, one sentence per reason: "Threads and Bluesky
 * have no figures for EU-27." when the region has none of theirs, "X has no registered
 * accounts figures for global, only MAU, DAU, and mDAU." when another metric would show
 * it. Null when nothing is left out.
 */
export function leftOutNote(leftOut: readonly LeftOutPlatform[], measure: Measure, region: string): string | null {
  const groups = new Map<string, LeftOutPlatform[]>();
  for (const p of leftOut) {
    const key = p.measuresThere.join('|');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const sentences = [...groups.values()].map((group) => {
    const who = LIST.format(group.map((p) => p.platform));
    const verb = group.length === 1 ? 'has' : 'have';
    const others = group[0]?.measuresThere ?? [];
    return others.length === 0
      ? `${who} ${verb} no figures for ${region}.`
      : `${who} ${verb} no ${MEASURE_SHORT[measure]} figures for ${region}, only ${LIST.format(others.map((m) => MEASURE_SHORT[m]))}.`;
  });
  return sentences.length === 0 ? null : sentences.join(' ');
}
