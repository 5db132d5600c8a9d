import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { commitImport } from '../../../../../src/lib/datasets/ingest/import-csv';
import { warmImportPath } from '../../../../../src/lib/datasets/ingest/warm-import';
import { datasetChangeCount } from '../../../../../src/lib/datasets/store/import-queue';
import { listDatasets } from '../../../../../src/lib/datasets/store/registry';
import { openBundledDb } from '../../../../support/node-db';
import { stageBytes } from './import-support';

// The import path runs once on a two-row file while the Data section is idle, so an
// analyst's first import does not pay the engine's first-use compile. It must leave no
// trace: no dataset, no row, no table.

/** Every table in any attached database, and the events the live view shows. */
async function footprint(db: Db) {
  const tables = await db.query<{ place: string }>(
    `SELECT database_name || '.' || table_name AS place FROM duckdb_tables() ORDER BY place`,
  );
  const [events] = await db.query<{ n: number; platforms: string }>(
    `SELECT count(*) AS n, string_agg(DISTINCT platform, ',' ORDER BY platform) AS platforms FROM events`,
  );
  return { tables: tables.map((t) => t.place), events, datasets: await listDatasets(db) };
}

/** How many User Timing marks of that name this process has left. */
const marks = (name: string) => performance.getEntriesByName(name).length;

/** Every statement sent, on the shared connection or in a transaction's own. */
function recording(db: Db): { db: Db; sent: string[] } {
  const sent: string[] = [];
  const wrap = (inner: Db): Db => ({
    ...inner,
    query: (sql, params, options) => (sent.push(sql), inner.query(sql, params, options)),
    exec: (sql, params, options) => (sent.push(sql), inner.exec(sql, params, options)),
    execLong: (sql, options) => (sent.push(sql), inner.execLong(sql, options)),
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
  });
  return { db: wrap(db), sent };
}

describe('warmImportPath', () => {
  it('reads, validates and rehearses publishing a file, and leaves every table as it was', async () => {
    const db = await openBundledDb();
    // The scratch database the warm-up reads into is attached by it: compare after a first attach.
    await db.exec(`ATTACH IF NOT EXISTS ':memory:' AS uptake_scratch`);
    const before = await footprint(db);
    const { db: spied, sent } = recording(db);
    const changes = datasetChangeCount();
    const [warmed, failed] = [marks('uptake:import:warmed'), marks('uptake:import:warm-up-failed')];
    await warmImportPath(spied);
    // It ran to its end (failures are only marked), and changed no dataset as Retention counts them.
    expect(marks('uptake:import:warmed')).toBe(warmed + 1);
    expect(marks('uptake:import:warm-up-failed')).toBe(failed);
    expect(datasetChangeCount()).toBe(changes);
    expect(await footprint(db)).toEqual(before);
    expect(before.events).toEqual({ n: 32_000, platforms: 'Bluesky,Mastodon,Threads,X' });
    // It did run the import's statements: the read, the registry row and the live view, rolled back.
    expect(sent.some((sql) => /-- datasets\/stage\nCREATE TABLE .* FROM read_csv\(/s.test(sql))).toBe(true);
    expect(sent.some((sql) => sql.startsWith('INSERT INTO uptake_datasets'))).toBe(true);
    expect(sent.some((sql) => sql.startsWith('-- datasets/live-view'))).toBe(true);
  });

  it('runs once per database; an import after it publishes as usual', async () => {
    const db = await openBundledDb();
    const { db: spied, sent } = recording(db);
    await warmImportPath(spied);
    const once = sent.length;
    expect(once).toBeGreaterThan(0);
    await warmImportPath(spied);
    expect(sent.length).toBe(once);

    const log = [
      'user_id,platform,region,signup_date,activity_date,kind',
      'u1,Pixelfed,global,2024-01-01,2024-01-03,reported',
    ];
    const { staged } = await stageBytes(db, `${log.join('\n')}\n`, { fileName: 'pixelfed.csv' });
    await expect(commitImport(db, staged, 'import:pixelfed')).resolves.toBe(1);
    const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM events WHERE platform = 'Pixelfed'`);
    expect(row?.n).toBe(1);
  });
});
