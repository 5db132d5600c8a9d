import type { Db } from '../../../lib/db/types';
import { fetchRegionOptions, type RegionOption } from './adoption-options';
import { fetchAdoptionSeries, type AdoptionParams, type AdoptionPoint } from './adoption-series';
import { fetchLaunchEvents, type LaunchEvent } from './launch-events';
import { fetchPlatformCoverage, type PlatformCoverageRow } from './platform-coverage';
import { SNAPSHOT_SCRIPT_ID } from '../snapshot-ids';
import { alignedParam, measureParam, regionParam } from '../url-params';

/**
 * The rows of the landing view's four queries, taken at build time from the bundled data
 * with the same SQL the page runs (scripts/vite/prerender.ts), so the page can draw the
 * first chart before the engine is up and then check it against the engine's own rows.
 */
export interface AdoptionSnapshot {
  /** When the build took it, ISO 8601. */
  readonly takenAt: string;
  readonly series: AdoptionPoint[];
  readonly events: LaunchEvent[];
  readonly coverage: PlatformCoverageRow[];
  readonly regions: RegionOption[];
}

/** The view a snapshot is taken of: every Adoption control at its default. */
export const SNAPSHOT_PARAMS: AdoptionParams = {
  measure: measureParam.fallback,
  region: regionParam.fallback,
  aligned: alignedParam.fallback,
};

/** Run the landing view's queries on `db`, as its panel does with the controls at their defaults. */
export async function fetchAdoptionSnapshot(db: Db, takenAt: Date): Promise<AdoptionSnapshot> {
  const series = await fetchAdoptionSeries(db, SNAPSHOT_PARAMS);
  const events = await fetchLaunchEvents(db, { region: SNAPSHOT_PARAMS.region });
  const coverage = await fetchPlatformCoverage(db);
  const regions = await fetchRegionOptions(db);
  return { takenAt: takenAt.toISOString(), series, events, coverage, regions };
}

/**
 * The snapshot as the text of a JSON `<script>`: `<` is escaped, so no value (a source
 * quoting HTML) can close the element early.
 */
export function serialiseAdoptionSnapshot(snapshot: AdoptionSnapshot): string {
  return JSON.stringify(snapshot).replace(/</g, '\\u003c');
}

const DATE_FIELDS = ['date', 'event_date', 'end_date'] as const;

function reviveDates(row: unknown): Record<string, unknown> {
  if (typeof row !== 'object' || row === null) throw new Error('a snapshot row is not an object');
  const out: Record<string, unknown> = { ...row };
  for (const field of DATE_FIELDS) {
    const value = out[field];
    if (typeof value === 'string') out[field] = new Date(value);
  }
  return out;
}

function rowsOf<T>(value: unknown, name: string): T[] {
  if (!Array.isArray(value)) throw new Error(`the snapshot has no ${name} rows`);
  return value.map(reviveDates) as T[];
}

/** Read a serialised snapshot back, dates as `Date` (as `Db.query` returns them); throws on a malformed one. */
export function parseAdoptionSnapshot(text: string): AdoptionSnapshot {
  const raw = JSON.parse(text) as Record<string, unknown>;
  if (typeof raw.takenAt !== 'string') throw new Error('the snapshot says not when it was taken');
  return {
    takenAt: raw.takenAt,
    series: rowsOf<AdoptionPoint>(raw.series, 'series'),
    events: rowsOf<LaunchEvent>(raw.events, 'event'),
    coverage: rowsOf<PlatformCoverageRow>(raw.coverage, 'coverage'),
    regions: rowsOf<RegionOption>(raw.regions, 'region'),
  };
}

let read: { snapshot: AdoptionSnapshot | null } | undefined;

/**
 * The snapshot index.html carries, read once; null when there is none (a dev server, a link
 * to another view: src/main.tsx removes it) or it cannot be read, and the page then simply
 * waits for the engine as it always did.
 */
export function pageAdoptionSnapshot(): AdoptionSnapshot | null {
  if (read) return read.snapshot;
  const text = typeof document === 'undefined' ? null : document.getElementById(SNAPSHOT_SCRIPT_ID)?.textContent;
  let snapshot: AdoptionSnapshot | null = null;
  try {
    snapshot = text ? parseAdoptionSnapshot(text) : null;
  } catch (error) {
    console.warn('The build-time snapshot of the landing chart could not be read:', error);
  }
  read = { snapshot };
  return snapshot;
}
