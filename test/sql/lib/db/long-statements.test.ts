import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db/types';
import { cancelImport } from '../../../../src/lib/datasets/ingest/import-csv';
import { listEvents } from '../../../../src/lib/datasets/shapes/activity-log-events';
import { DEFAULT_DIALECT } from '../../../../src/lib/datasets/detect/dialect';
import { openNodeDb } from '../../../support/node-db';
import { SIGNUPS_HEADER, signupsRow, stageBytes } from '../datasets/ingest/import-support';

// A long statement's connection is kept for the next one (src/lib/db/long-statements.ts).
// DuckDB's reject tables are TEMP tables of the reading connection: a read must drop them,
// or every file read would leave its rejected lines in memory for good.

/**
 * The TEMP tables on the connection long statements use next, read by a long statement.
 * A marker made there first shows it is the same connection the reads used.
 */
async function tempTablesOnKeptConnection(db: Db, table: string): Promise<string[]> {
  await db.execLong(`CREATE TABLE ${table} AS SELECT table_name FROM duckdb_tables() WHERE temporary`, {});
  return (await db.query<{ table_name: string }>(`SELECT table_name FROM ${table} ORDER BY 1`)).map(
    (r) => r.table_name,
  );
}

describe('the connection kept for long statements', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openNodeDb();
    await db.execLong('CREATE TEMP TABLE marker AS SELECT 1 AS x', {});
  });

  it('is reused, with nothing left on it by a staged import with rejected lines', async () => {
    // Line 3 has a field too many: DuckDB rejects it into its TEMP reject tables.
    const csv = `${SIGNUPS_HEADER}\n${signupsRow('Pixelfed')}\nPixelfed,2024-02-01,MAU,x,reported,1,global,global,s,n,reported,extra\n`;
    const { staged } = await stageBytes(db, csv, { fileName: 'pixelfed.csv' });
    expect(staged.staged.rejectedLines).toBe(1);
    await cancelImport(db, staged);
    expect(await tempTablesOnKeptConnection(db, 'after_stage')).toEqual(['marker']);
  });

  it('is reused, with nothing left on it by listing an activity log’s events', async () => {
    const log = 'user_id,event,timestamp\nu1,app_open,2024-03-01T09:00:00Z\nu2,app_open,2024-03-01T10:00:00Z,extra\n';
    const listed = await listEvents(db, {
      file: new Blob([log]),
      dialect: DEFAULT_DIALECT,
      fieldCount: 3,
      event: 1,
    });
    expect(listed.events).toEqual([{ event: 'app_open', rows: 1 }]);
    expect(await tempTablesOnKeptConnection(db, 'after_listing')).toEqual(['marker']);
  });
});
