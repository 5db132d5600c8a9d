import type { AdoptionPoint } from '../api/adoption-series';
import { MEASURE_SHORT, type Measure } from '../api/measures';
import { sortPlatforms } from '../../../lib/platforms';
import { splitAtGaps } from './series-gaps';

/**
 * One line on the chart: a platform's figures of one measure from one producer (the
 * company, or one data vendor or tracker) with one coverage. Two vendors or two coverages
 * are never joined into one line, and a line breaks where the figures have a gap.
 */
export interface AdoptionSeries {
  /** Stable and unique: platform, measure, basis, vendor and coverage. */
  readonly key: string;
  readonly platform: string;
  readonly measure: Measure;
  readonly basis: 'company' | 'estimate';
  readonly vendor: string;
  readonly coverage: string;
  /** Readable name, e.g. "X — DAU, Similarweb, mobile apps". */
  readonly label: string;
  /** The label without the platform, e.g. "DAU, Similarweb, mobile apps" (under a platform heading). */
  readonly detail: string;
  readonly points: readonly PlottedPoint[];
  /** The points split at gaps: draw a line within each run, never between runs. */
  readonly segments: readonly (readonly PlottedPoint[])[];
}

export interface PlottedPoint extends AdoptionPoint {
  /** The x position: epoch ms of the date, or days since the anchor event in aligned mode. */
  readonly x: number;
}

/**
 * What the coverage adds to the region the chart shows: "global (mobile apps)" in the
 * global view is "mobile apps", "global excl. EU" is "excl. EU", "EU-27" in the EU view is
 * nothing. A coverage that does not start with the region is shown whole.
 */
export function coverageQualifier(coverage: string, region: string): string {
  if (coverage === region) return '';
  if (!coverage.startsWith(`${region} `)) return coverage;
  return coverage
    .slice(region.length)
    .trim()
    .replace(/^\((.*)\)$/, '$1');
}

/** "X — DAU, Similarweb, mobile apps"; company figures say so: "Threads — MAU, Meta (company)". */
export function seriesLabel(
  s: Pick<AdoptionSeries, 'platform' | 'measure' | 'basis' | 'vendor' | 'coverage'>,
  region: string,
): string {
  return `${s.platform} — ${seriesDetail(s, region)}`;
}

/** The label's part after the platform: "DAU, Similarweb, mobile apps". */
export function seriesDetail(
  s: Pick<AdoptionSeries, 'measure' | 'basis' | 'vendor' | 'coverage'>,
  region: string,
): string {
  const who = s.basis === 'company' ? `${s.vendor} (company)` : s.vendor;
  const where = coverageQualifier(s.coverage, region);
  return `${MEASURE_SHORT[s.measure]}, ${who}${where ? `, ${where}` : ''}`;
}

export const seriesKey = (p: Pick<AdoptionPoint, 'platform' | 'measure' | 'basis' | 'vendor' | 'coverage'>) =>
  [p.platform, p.measure, p.basis, p.vendor, p.coverage].join('|');

/**
 * Split figures into one series per platform, measure, basis, vendor and coverage. Series
 * come in the app's platform order, company figures before estimates, then by label. In
 * aligned mode, figures from before a platform's anchor event and platforms without one
 * are left out. `region` is the region shown, used only to shorten labels.
 */
export function toSeries(points: readonly AdoptionPoint[], aligned: boolean, region = 'global'): AdoptionSeries[] {
  const groups = new Map<string, PlottedPoint[]>();
  for (const point of points) {
    const x = aligned ? point.days_since_launch : point.date.getTime();
    if (x === null || (aligned && x < 0)) continue;
    const key = seriesKey(point);
    const group = groups.get(key) ?? [];
    group.push({ ...point, x });
    groups.set(key, group);
  }
  const order = sortPlatforms([...groups.values()].map((g) => g[0]?.platform ?? ''));
  const series = [...groups.entries()].map(([key, group]): AdoptionSeries => {
    const first = group[0] as PlottedPoint;
    const sorted = group.sort((a, b) => a.x - b.x || a.value - b.value);
    const base = {
      platform: first.platform,
      measure: first.measure,
      basis: first.basis,
      vendor: first.vendor,
      coverage: first.coverage,
    };
    return {
      key,
      ...base,
      label: seriesLabel(base, region),
      detail: seriesDetail(base, region),
      points: sorted,
      segments: splitAtGaps(sorted, (p) => p.date.getTime()),
    };
  });
  return series.sort(
    (a, b) =>
      order.indexOf(a.platform) - order.indexOf(b.platform) ||
      (a.basis === b.basis ? 0 : a.basis === 'company' ? -1 : 1) ||
      a.label.localeCompare(b.label, 'en'),
  );
}

/** Platforms that have figures but no dated event to align on (X launched in 2006, before the data). */
export function platformsWithoutLaunch(points: readonly AdoptionPoint[]): string[] {
  return sortPlatforms(points.filter((p) => p.days_since_launch === null).map((p) => p.platform));
}
