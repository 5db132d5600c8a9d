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
