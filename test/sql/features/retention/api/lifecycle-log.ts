import type { Db } from '../../../../../src/lib/db/types';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { EVENTS } from '../../../../../src/lib/datasets/store/schemas';
import { openNodeDb } from '../../../../support/node-db';

/**
 * A hand-made activity log where every lifecycle state occurs, small enough to count on
 * paper. Weeks start on Monday: W1 = 2024-01-01, W2 = 01-08, W3 = 01-15, W4 = 01-22,
 * W5 = 01-29.
 *
 * Platform "Gamma" (reported; last logged day Wed 2024-01-31, so W5 is partial):
 *   user region signup      active days                       active weeks
 *   g1   R1     2024-01-01  01-01 01-03 01-09 01-24           W1 W2 W4
 *   g2   R1     2024-01-02  01-02                             W1
 *   g3   R2     2024-01-10  01-10 01-16 01-22 01-30           W2 W3 W4 W5
 *   g4   R1     2024-01-17  01-17 01-31                       W3 W5
 * Platform "Delta" (modelled; last logged day Mon 2024-01-22, so W4 is partial):
 *   d1   R1     2024-01-01  01-01 01-22                       W1 W4
 *   d2   R1     2024-01-01  01-01                             W1
 * Platform "Epsilon" (reported; last logged day Tue 2024-04-02), for days and months, only
 * in the log of `openLifecycleDb({ epsilon: true })`:
 *   user region signup      active days                       active months
 *   e1   R1     2024-01-30  01-30 01-31 02-02 04-01           Jan Feb Apr
 *   e2   R1     2024-01-31  01-31 03-15                       Jan Mar
 *   e3   R1     2024-02-01  02-01 02-02 02-03                 Feb
 *   e4   R2     2024-03-10  03-10 04-02                       Mar Apr
 */
const ROWS: readonly (readonly [string, string, string, string, readonly string[], string])[] = [
  ['g1', 'Gamma', 'R1', '2024-01-01', ['2024-01-01', '2024-01-03', '2024-01-09', '2024-01-24'], 'reported'],
  ['g2', 'Gamma', 'R1', '2024-01-02', ['2024-01-02'], 'reported'],
  ['g3', 'Gamma', 'R2', '2024-01-10', ['2024-01-10', '2024-01-16', '2024-01-22', '2024-01-30'], 'reported'],
  ['g4', 'Gamma', 'R1', '2024-01-17', ['2024-01-17', '2024-01-31'], 'reported'],
  ['d1', 'Delta', 'R1', '2024-01-01', ['2024-01-01', '2024-01-22'], 'modelled'],
  ['d2', 'Delta', 'R1', '2024-01-01', ['2024-01-01'], 'modelled'],
];
const EPSILON_ROWS: typeof ROWS = [
  ['e1', 'Epsilon', 'R1', '2024-01-30', ['2024-01-30', '2024-01-31', '2024-02-02', '2024-04-01'], 'reported'],
  ['e2', 'Epsilon', 'R1', '2024-01-31', ['2024-01-31', '2024-03-15'], 'reported'],
  ['e3', 'Epsilon', 'R1', '2024-02-01', ['2024-02-01', '2024-02-02', '2024-02-03'], 'reported'],
  ['e4', 'Epsilon', 'R2', '2024-03-10', ['2024-03-10', '2024-04-02'], 'reported'],
];

/** The log as an `events` CSV, Epsilon's users included when asked for. */
export function lifecycleEventsCsv({ epsilon = false } = {}): string {
  const lines = ['user_id,platform,region,signup_date,activity_date,kind'];
  for (const [user, platform, region, signup, days, kind] of epsilon ? [...ROWS, ...EPSILON_ROWS] : ROWS)
    for (const day of days) lines.push(`${user},${platform},${region},${signup},${day},${kind}`);
  return `${lines.join('\n')}\n`;
}

/** A database whose `events` holds the log above (and nothing else). */
export async function openLifecycleDb(options: { epsilon?: boolean } = {}): Promise<Db> {
  const db = await openNodeDb();
  await loadCsv(db, {
    schema: EVENTS,
    fileName: 'lifecycle-events.csv',
    bytes: new TextEncoder().encode(lifecycleEventsCsv(options)),
    datasetId: 'test:lifecycle-events',
  });
  return db;
}
