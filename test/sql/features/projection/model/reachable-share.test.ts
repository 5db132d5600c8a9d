import { beforeAll, describe, expect, it } from 'vitest';
import { THREADS_EU_SHARE } from '../../../../../src/features/projection/model/reachable-share';
import type { Db } from '../../../../../src/lib/db/types';
import { openBundledDb } from '../../../../support/node-db';

describe('the default reachable share rests on figures the bundled data holds (real DuckDB-WASM)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  const figure = (platform: string, region: string, date: string, measure: string) =>
    db.query<{ value: number; source: string; vendor: string; basis: string }>(
      `SELECT value, source, vendor, basis FROM signups WHERE platform = $1 AND region = $2 AND date = $3::DATE AND measure = $4`,
      [platform, region, date, measure],
    );

  it("X's EU monthly active recipients under the DSA, Feb–Jul 2023", async () => {
    const f = THREADS_EU_SHARE.incumbentInRegion;
    expect(await figure('X', 'EU-27', f.date, 'MAU')).toEqual([
      { value: f.value, source: f.source, vendor: 'Twitter / X', basis: 'company' },
    ]);
  });

  it("Threads' and X's monthly users in Sensor Tower's report of 30 Nov 2023", async () => {
    const threads = THREADS_EU_SHARE.platformElsewhere;
    const x = THREADS_EU_SHARE.incumbentElsewhere;
    expect(await figure('Threads', 'global', threads.date, 'MAU')).toEqual([
      { value: threads.value, source: threads.source, vendor: 'Sensor Tower', basis: 'estimate' },
    ]);
    expect(await figure('X', 'global', x.date, 'MAU')).toEqual([
      { value: x.value, source: x.source, vendor: 'Sensor Tower', basis: 'estimate' },
    ]);
  });

  it("the EU's population as the Threads EU launch row gives it", async () => {
    const rows = await db.query<{ addressable_population: number }>(
      `SELECT addressable_population FROM launches WHERE platform = 'Threads' AND region = 'EU-27'`,
      [],
    );
    expect(rows).toEqual([{ addressable_population: THREADS_EU_SHARE.population.value }]);
  });
});
