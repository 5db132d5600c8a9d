import type { AdoptionSeries } from './series';

/**
 * One counter per platform, so a chart with several vendors' lines stays readable: the
 * platform's own figures when it reports the measure (company basis), else any vendor's;
 * among those, the counter with the most figures (ties by name, so the choice is stable). Every series of the chosen vendor is
 * kept (it may count several coverages); the others are left out, never merged into it.
 */
export function oneVendorEach(series: readonly AdoptionSeries[]): AdoptionSeries[] {
  const chosen = new Map<string, string>();
  const platforms = [...new Set(series.map((s) => s.platform))];
  for (const platform of platforms) {
    const all = series.filter((s) => s.platform === platform);
    const company = all.filter((s) => s.basis === 'company');
    const candidates = company.length > 0 ? company : all;
    const counts = new Map<string, number>();
    for (const s of candidates) counts.set(s.vendor, (counts.get(s.vendor) ?? 0) + s.points.length);
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (best) chosen.set(platform, best[0]);
  }
  return series.filter((s) => chosen.get(s.platform) === s.vendor);
}
