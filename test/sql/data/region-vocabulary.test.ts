import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { fetchRegionOptions } from '../../../src/features/adoption/api/adoption-options';
import { openBundledDb } from '../../support/node-db';

// data/README.md "Regions": the one vocabulary every bundled file uses.
const VOCABULARY = [
  'global',
  'US',
  'EU-27',
  'Brazil',
  'France',
  'Germany',
  'Italy',
  'Spain',
  'Poland',
  'rest of world',
];

describe('one region vocabulary across the bundled files', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it.each([['signups'], ['launches'], ['expectations'], ['retention'], ['events']])(
    '%s uses only its words',
    async (table) => {
      const rows = await db.query<{ region: string }>(`SELECT DISTINCT region FROM ${table} ORDER BY region`);
      expect(rows.length).toBeGreaterThan(0);
      for (const { region } of rows) expect(VOCABULARY, `${table}: ${region}`).toContain(region);
    },
  );

  it("keeps the source's wording in signups' coverage, and only there", async () => {
    const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM signups WHERE coverage = 'global excl. EU'`);
    expect(row?.n).toBeGreaterThan(0);
    const launch = await db.query<{ region: string; note: string }>(
      `SELECT region, note FROM launches WHERE platform = 'Threads' AND event = 'launch' AND region <> 'US'`,
    );
    expect(launch).toHaveLength(1);
    expect(launch[0]?.region).toBe('global');
    expect(launch[0]?.note).toMatch(/not including the EU/);
  });

  it('offers every region with figures or events in Adoption, Brazil included', async () => {
    const options = await fetchRegionOptions(db);
    const regions = [...new Set(options.map((o) => o.region))];
    expect(regions[0]).toBe('global');
    expect(regions).toEqual(expect.arrayContaining(['US', 'EU-27', 'France', 'Brazil']));
    expect(options.filter((o) => o.region === 'Brazil')).toEqual([
      { region: 'Brazil', measure: null, points: 0, platforms: 2 },
    ]);
  });
});
