import type { Db } from '../../../../../src/lib/db/types';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { EVENTS, RETENTION } from '../../../../../src/lib/datasets/store/schemas';
import { openNodeDb } from '../../../../support/node-db';
import { tinyEventsCsv, tinyRetentionCsv } from './tiny-log';

/** A database holding the tiny log twice: raw in `events`, aggregated in `retention`. */
export async function openTinyDb(): Promise<Db> {
  const db = await openNodeDb();
  const bytes = (text: string) => new TextEncoder().encode(text);
  await loadCsv(db, {
    schema: EVENTS,
    fileName: 'tiny-events.csv',
    bytes: bytes(tinyEventsCsv()),
    datasetId: 'test:tiny-events',
  });
  await loadCsv(db, {
    schema: RETENTION,
    fileName: 'tiny-retention.csv',
    bytes: bytes(tinyRetentionCsv()),
    datasetId: 'test:tiny-retention',
  });
  return db;
}
