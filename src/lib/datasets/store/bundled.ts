import { EVENTS, EXPECTATIONS, LAUNCHES, RETENTION, SIGNUPS, type DatasetSchema } from './schemas';

/** A CSV file that ships in `data/` and loads at start. */
export interface BundledDataset {
  readonly id: string;
  readonly file: string;
  readonly schema: DatasetSchema;
  /**
   * Loaded before the landing view's first chart. The rest (cohorts, raw events) loads
   * right after, while the user reads the first chart.
   */
  readonly firstView: boolean;
}

/** The bundled datasets, in load order. */
export const BUNDLED_DATASETS: readonly BundledDataset[] = [
  { id: 'bundled:signups', file: 'signups.csv', schema: SIGNUPS, firstView: true },
  { id: 'bundled:launches', file: 'launches.csv', schema: LAUNCHES, firstView: true },
  { id: 'bundled:expectations', file: 'expectations.csv', schema: EXPECTATIONS, firstView: true },
  { id: 'bundled:retention', file: 'retention.csv', schema: RETENTION, firstView: false },
  { id: 'bundled:events-sample', file: 'events-sample.csv', schema: EVENTS, firstView: false },
];

/**
 * The version of a bundled dataset a stored copy must match to be reused on a later visit:
 * the URL the file was fetched from, which in a build carries a hash of its content
 * (`signups-<hash>.csv`), and the columns it was read with (a release that changes the
 * schema reloads it). Null for a file served under its own name (the dev server): its URL
 * says nothing about its content, so nothing is reused there.
 */
export function bundledVersion(dataset: BundledDataset, url: string): string | null {
  if (url.split('/').pop() === dataset.file) return null;
  const columns = dataset.schema.columns.map((c) => `${c.name} ${c.type}`).join(', ');
  return `${url} (${columns})`;
}
