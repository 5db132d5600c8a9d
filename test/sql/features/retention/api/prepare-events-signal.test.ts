import { beforeAll, describe, expect, it } from 'vitest';
import { ensureEventsPrepared } from '../../../../../src/features/retention/api/prepare-events';
import { registerDataset } from '../../../../../src/lib/datasets/store/registry';
import type { Db } from '../../../../../src/lib/db/types';
import { withSignal } from '../../../../../src/lib/db/with-signal';
import { openNodeDb } from '../../../../support/node-db';

describe('the raw-path preparation under cancellable queries', () => {
  let db: Db;
  const creates: string[] = [];
  let onCreate: (() => void) | undefined;
  beforeAll(async () => {
    const real = await openNodeDb();
    // Counts the preparation's CREATE statements; everything else goes straight through.
    db = {
      ...real,
      exec: async (sql, params, options) => {
        if (/^CREATE OR REPLACE TABLE/m.test(sql)) {
          creates.push(sql);
          onCreate?.();
        }
        return real.exec(sql, params, options);
      },
    };
  });

  it('prepares once for every query on one database, whatever signal each query carries', async () => {
    await ensureEventsPrepared(withSignal(db, new AbortController().signal));
    const afterFirst = creates.length;
    // users, activity, cohorts, cells, as-of
    expect(afterFirst).toBe(5);
    await ensureEventsPrepared(withSignal(db, new AbortController().signal));
    await ensureEventsPrepared(db);
    expect(creates.length).toBe(afterFirst);
  });

  it("does not stop a shared preparation when one caller's query is cancelled", async () => {
    await db.exec('DROP TABLE retention_ev_cells');
    // A new registry entry for `events` changes its fingerprint: the next query re-prepares.
    await registerDataset(db, {
      dataset_id: 'probe',
      kind: 'events',
      table_name: 'events',
      storage_table: 'ds_probe',
      file_name: 'x.csv',
      origin: 'imported',
      rows: 0,
    });
    creates.length = 0;
    const cancelled = new AbortController();
    let second: Promise<string> | undefined;
    // Once the first caller's preparation has begun, its query is cancelled and a second
    // query arrives, which joins the preparation under way.
    onCreate = () => {
      if (second) return;
      cancelled.abort();
      second = ensureEventsPrepared(withSignal(db, new AbortController().signal));
    };
    const first = await ensureEventsPrepared(withSignal(db, cancelled.signal));
    // The second caller joined the same preparation: same contents, same fingerprint.
    await expect(second).resolves.toBe(first);
    expect(first).toContain('probe');
    onCreate = undefined;
    expect(creates.length).toBe(5);
    expect(await db.query('SELECT count(*) AS n FROM retention_ev_cells')).toEqual([{ n: 0 }]);
  });
});
