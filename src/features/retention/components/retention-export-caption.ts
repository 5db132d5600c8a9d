import { sortPlatforms } from '../../../lib/platforms';
import type { RetentionSourceRow } from '../api/retention-sources';
import { ALL_REGIONS, type RetentionMode, type RetentionSource } from '../api/retention-filters';

/** The settings of a retention view that an export names and captions. */
export interface RetentionExportView {
  readonly source: RetentionSource;
  readonly region: string;
  readonly mode: RetentionMode;
  readonly maxDay: number;
  readonly fit: boolean;
}

const MODE_LABELS: Readonly<Record<RetentionMode, string>> = {
  nday: 'N-day (active on day N)',
  unbounded: 'unbounded (active on day N or later)',
};
const SOURCE_LABELS: Readonly<Record<RetentionSource, string>> = {
  aggregate: 'cohort table',
  events: 'raw events',
};

const regionLabel = (region: string) => (region === ALL_REGIONS ? 'all regions' : region);

/**
 * What the curves' files hold, for their names: the platforms drawn, the region, the
 * mode, then "raw-events" and "fitted" when they apply (the cohort table and no fit are
 * the plain case). E.g. uptake-retention-curves-threads-all-regions-nday-fitted.png.
 */
export function curvesFileParts(view: RetentionExportView, platforms: readonly string[]): string[] {
  return [
    ...platforms,
    regionLabel(view.region),
    view.mode,
    view.source === 'events' ? 'raw events' : '',
    view.fit ? 'fitted' : '',
  ].filter(Boolean);
}

/** The settings line of the curves image: every control that changes what is drawn. */
export function curvesSettings(view: RetentionExportView, platforms: readonly string[]): string {
  const days = view.fit ? `days 1–${view.maxDay}, fitted and extrapolated to day 365` : `days 1–${view.maxDay}`;
  return [
    `Platforms: ${platforms.join(', ')}`,
    `Region: ${regionLabel(view.region)}`,
    `Retention: ${MODE_LABELS[view.mode]}`,
    `Days: ${days}`,
    `Data: ${SOURCE_LABELS[view.source]}`,
  ].join(' · ');
}

/**
 * The sources line: each file with the rows' own sources and whether it is modelled, then
 * the platforms it gives, in the app's platform order (bundled first), files in order of
 * their first platform. E.g.
 * "data/retention.csv (generate-retention.mjs; modelled): Threads, Bluesky".
 */
export function retentionSourcesLine(rows: readonly RetentionSourceRow[]): string {
  const files = new Map<string, { file: string; notes: string; platforms: string[] }>();
  const order = sortPlatforms(rows.map((r) => r.platform));
  const sorted = [...rows].sort((a, b) => order.indexOf(a.platform) - order.indexOf(b.platform));
  for (const row of sorted) {
    const notes = [row.sources, row.modelled ? 'modelled' : 'reported'].filter(Boolean).join('; ');
    const key = JSON.stringify([row.file_name, notes]);
    const entry = files.get(key) ?? { file: row.file_name, notes, platforms: [] };
    entry.platforms.push(row.platform);
    files.set(key, entry);
  }
  return [...files.values()].map((f) => `${f.file} (${f.notes}): ${f.platforms.join(', ')}`).join(' · ');
}
