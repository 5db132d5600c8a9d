import { EVENTS, EXPECTATIONS, LAUNCHES, RETENTION, SIGNUPS, type DatasetSchema } from './schemas';

/** A CSV file that ships in `data/` and loads at start. */
export interface BundledDataset {
  readonly id: string;
  readonly file: string;
  readonly schema: DatasetSchema;
}

/** The bundled datasets, in load order. */
export const BUNDLED_DATASETS: readonly BundledDataset[] = [
  { id: 'bundled:signups', file: 'signups.csv', schema: SIGNUPS },
  { id: 'bundled:launches', file: 'launches.csv', schema: LAUNCHES },
  { id: 'bundled:expectations', file: 'expectations.csv', schema: EXPECTATIONS },
  { id: 'bundled:retention', file: 'retention.csv', schema: RETENTION },
  { id: 'bundled:events-sample', file: 'events-sample.csv', schema: EVENTS },
];
