import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db/types';
import { ParamList } from '../../../../src/lib/sql/params';
import { openNodeDb } from '../../../support/node-db';

describe('$n parameters on the real engine', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await db.exec(
      `CREATE TABLE param_probe AS SELECT * FROM (VALUES ('Threads', 'global'), ('X', 'US'), ('Bluesky', 'global'), ('Mastodon', 'EU-27')) t(platform, region)`,
    );
  });

  it('binds a list from ParamList and reuses a parameter', async () => {
    const p = new ParamList();
    const region = p.add('global');
    const sql = `SELECT platform, region = ${region} AS is_region FROM param_probe
      WHERE platform IN (${p.list(['Threads', 'X', "O'Brien; DROP TABLE param_probe"])}) OR region = ${region} ORDER BY platform`;
    expect(await db.query(sql, p.values)).toEqual([
      { platform: 'Bluesky', is_region: true },
      { platform: 'Threads', is_region: true },
      { platform: 'X', is_region: false },
    ]);
    expect(await db.query('SELECT count(*) AS n FROM param_probe')).toEqual([{ n: 4 }]);
  });
});
