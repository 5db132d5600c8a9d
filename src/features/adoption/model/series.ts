import type { AdoptionPoint } from '../api/adoption-series';
import { sortPlatforms } from '../../../lib/platforms';

/** One line on the chart: a platform's company figures, or its third-party estimates. */
export interface AdoptionSeries {
  readonly key: string;
  readonly platform: string;
  readonly basis: 'company' | 'estimate';
  readonly points: readonly PlottedPoint[];
}

export interface PlottedPoint extends AdoptionPoint {
  /** The x position: epoch ms of the date, or days since launch in aligned mode. */
  readonly x: number;
}

/**
 * Split figures into one series per platform and basis, so company claims and
 * third-party estimates are never joined into one line. In aligned mode, figures from
 * before a platform's launch and platforms without a launch in the data are left out.
 */
export function toSeries(points: readonly AdoptionPoint[], aligned: boolean): AdoptionSeries[] {
  const groups = new Map<string, PlottedPoint[]>();
  for (const point of points) {
    const x = aligned ? point.days_since_launch : point.date.getTime();
    if (x === null || (aligned && x < 0)) continue;
    const key = `${point.platform}|${point.basis}`;
    const group = groups.get(key) ?? [];
    group.push({ ...point, x });
    groups.set(key, group);
  }
  const platforms = sortPlatforms([...groups.values()].map((g) => g[0]?.platform ?? ''));
  const series: AdoptionSeries[] = [];
  for (const platform of platforms) {
    for (const basis of ['company', 'estimate'] as const) {
      const group = groups.get(`${platform}|${basis}`);
      if (group) series.push({ key: `${platform}|${basis}`, platform, basis, points: group.sort((a, b) => a.x - b.x) });
    }
  }
  return series;
}

/** Platforms that have figures but no launch to align on (X launched in 2006, before the data). */
export function platformsWithoutLaunch(points: readonly AdoptionPoint[]): string[] {
  return sortPlatforms(points.filter((p) => p.days_since_launch === null).map((p) => p.platform));
}
