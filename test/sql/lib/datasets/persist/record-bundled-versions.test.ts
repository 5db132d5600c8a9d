import { describe, expect, it } from 'vitest';
import {
  BUNDLED_VERSIONS_TABLE,
  readBundledVersions,
  recordBundledVersions,
} from '../../../../../src/lib/datasets/persist/bundled-versions';
import { openNodeDb } from '../../../../support/node-db';

describe('recordBundledVersions', () => {
  it('records several versions in one go, replacing an older one, and records nothing for none', async () => {
    const db = await openNodeDb();
    await recordBundledVersions(db, new Map());
    const tables = await db.query<{ n: number }>('SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = $1', [
      BUNDLED_VERSIONS_TABLE,
    ]);
    expect(tables).toEqual([{ n: 0 }]);

    await recordBundledVersions(db, new Map([['bundled:signups', '/assets/signups-v1.csv']]));
    await recordBundledVersions(
      db,
      new Map([
        ['bundled:signups', "/assets/signups-v2.csv (it's quoted)"],
        ['bundled:launches', '/assets/launches-v2.csv'],
      ]),
    );
    expect(await readBundledVersions(db)).toEqual(
      new Map([
        ['bundled:signups', "/assets/signups-v2.csv (it's quoted)"],
        ['bundled:launches', '/assets/launches-v2.csv'],
      ]),
    );
  });

  it('reads them without asking whether the table exists when the caller knows', async () => {
    const db = await openNodeDb();
    // Told there is no table, it asks nothing (with the table present, it would find a row).
    await recordBundledVersions(db, new Map([['bundled:signups', 'v1']]));
    expect(await readBundledVersions(db, false)).toEqual(new Map());
    expect(await readBundledVersions(db, true)).toEqual(new Map([['bundled:signups', 'v1']]));
    const fresh = await openNodeDb();
    expect(await readBundledVersions(fresh)).toEqual(new Map());
  });
});
