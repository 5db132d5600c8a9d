import { beforeEach, describe, expect, it } from 'vitest';
import { ensureActivityViewsPrepared } from '../../../../../src/features/retention/api/prepare-activity-views';
import { ensureEventsPrepared } from '../../../../../src/features/retention/api/prepare-events';
import { recordBundledVersions } from '../../../../../src/lib/datasets/persist/bundled-versions';
import { reopenDatasets } from '../../../../../src/lib/datasets/persist/reopen';
import { BUNDLED_DATASETS } from '../../../../../src/lib/datasets/store/bundled';
import { removeDataset } from '../../../../../src/lib/datasets/store/live-view';
import type { Db } from '../../../../../src/lib/db/types';
import { loadCsv } from '../../../../../src/lib/datasets/ingest/load-csv';
import { openBundledDb, readDataFile } from '../../../../support/node-db';

const SAMPLE = BUNDLED_DATASETS.find((d) => d.id === 'bundled:events-sample')!;
const shipped = new Map(BUNDLED_DATASETS.map((d) => [d.id, `/assets/${d.id}-v1.csv`]));

/**
 * The same database as a later visit sees it: a new `Db` object (the page's caches are
 * keyed by it, so none carry over) over the engine that holds the stored tables.
 */
function nextVisit(db: Db, creates: string[]): Db {
  return {
    ...db,
    exec: async (sql, params, options) => {
      for (const m of sql.matchAll(/CREATE OR REPLACE TABLE (\w+)/g)) creates.push(m[1]!);
      return db.exec(sql, params, options);
    },
  };
}

const cells = (db: Db) =>
  db.query<{ n: number; retained: number }>(
    'SELECT count(*) AS n, sum(retained)::INTEGER AS retained FROM retention_ev_cells',
  );

describe("Retention's prepared tables across a reload of a stored database", () => {
  let db: Db;
  let firstCreates: string[];
  beforeEach(async () => {
    db = await openBundledDb();
    await recordBundledVersions(db, shipped);
    firstCreates = [];
    const first = nextVisit(db, firstCreates);
    await ensureEventsPrepared(first);
    await ensureActivityViewsPrepared(first);
  });

  it('are kept by reopen and reused when the events are the same datasets', async () => {
    // users, cohorts, activity, cells, as-of; then the bracket pairs and lasts.
    expect(firstCreates).toEqual([
      'retention_ev_users',
      'retention_ev_cohorts',
      'retention_ev_activity',
      'retention_ev_cells',
      'retention_ev_asof',
      'retention_br_pairs',
      'retention_br_lasts',
    ]);
    const before = await cells(db);
    await reopenDatasets(db, new Set(), shipped);
    const creates: string[] = [];
    const again = nextVisit(db, creates);
    await ensureEventsPrepared(again);
    await ensureActivityViewsPrepared(again);
    expect(creates).toEqual([]);
    expect(await cells(again)).toEqual(before);
    expect(before[0]!.n).toBeGreaterThan(0);
  });

  it('are rebuilt when the events were reloaded, even into a dataset of the same id', async () => {
    const before = await cells(db);
    // A new release ships another version of the bundled events: reopen drops them and
    // start-up loads the file again, under the same dataset id, into a new table.
    const next = new Map(shipped).set(SAMPLE.id, `/assets/${SAMPLE.id}-v2.csv`);
    await reopenDatasets(db, new Set(), next);
    expect(await cells(db)).toEqual(before);
    await loadCsv(db, {
      schema: SAMPLE.schema,
      fileName: `data/${SAMPLE.file}`,
      bytes: readDataFile(SAMPLE.file),
      datasetId: SAMPLE.id,
    });
    const creates: string[] = [];
    const again = nextVisit(db, creates);
    await ensureEventsPrepared(again);
    expect(creates).toContain('retention_ev_cells');
    expect(await cells(again)).toEqual(before);

    // Without the events, the rebuilt cells are empty: nothing stale is reused.
    await removeDataset(db, SAMPLE.id);
    const emptied: string[] = [];
    await ensureEventsPrepared(nextVisit(db, emptied));
    expect(emptied).toContain('retention_ev_cells');
    expect(await cells(db)).toEqual([{ n: 0, retained: null }]);
  });

  it('are rebuilt when one of them is missing, and a rebuild cut off half-way is done again', async () => {
    await db.exec('DROP TABLE retention_br_lasts');
    await reopenDatasets(db, new Set(), shipped);
    const creates: string[] = [];
    const again = nextVisit(db, creates);
    await ensureActivityViewsPrepared(again);
    expect(creates).toEqual(['retention_br_pairs', 'retention_br_lasts']);

    // The events change and the rebuild stops after its first table (a closed tab): the
    // record still names the old events, so the next visit builds both tables again.
    const failing: Db = {
      ...db,
      exec: async (sql, params, options) => {
        if (sql.includes('retention_br_lasts')) throw new Error('tab closed');
        return db.exec(sql, params, options);
      },
    };
    await removeDataset(db, SAMPLE.id);
    await expect(ensureActivityViewsPrepared(failing)).rejects.toThrow('tab closed');
    const later: string[] = [];
    await ensureActivityViewsPrepared(nextVisit(db, later));
    expect(later).toEqual(expect.arrayContaining(['retention_br_pairs', 'retention_br_lasts']));
  });
});
