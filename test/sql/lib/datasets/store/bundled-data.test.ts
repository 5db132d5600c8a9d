import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { BUNDLED_DATASETS } from '../../../../../src/lib/datasets/store/bundled';
import { ident } from '../../../../../src/lib/sql/ident';
import { openBundledDb } from '../../../../support/node-db';

// Start-up loads bundled files on a direct path that skips the import-time duplicate and
// domain checks, so the files themselves are held to those rules here.
describe('bundled datasets', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  // The events log has no key (a user's day may repeat); every other kind has one.
  const keyed = BUNDLED_DATASETS.filter((d) => d.schema.key.length > 0);
  it('every kind but the raw events log has a key', () => {
    expect(BUNDLED_DATASETS.filter((d) => d.schema.key.length === 0).map((d) => d.schema.kind)).toEqual(['events']);
  });

  it.each(keyed.map((d) => [d.file, d] as const))('%s has no duplicate keys', async (_file, dataset) => {
    const key = dataset.schema.key.map(ident).join(', ');
    const dupes = await db.query(
      `SELECT ${key}, count(*) AS n FROM ${ident(dataset.schema.table)} GROUP BY ALL HAVING count(*) > 1 LIMIT 5`,
    );
    expect(dupes).toEqual([]);
  });

  it.each(BUNDLED_DATASETS.map((d) => [d.file, d] as const))(
    '%s is registered with its row count',
    async (file, dataset) => {
      const [registered] = await db.query<{ rows: number; origin: string }>(
        `SELECT rows, origin FROM uptake_datasets WHERE dataset_id = ?`,
        [dataset.id],
      );
      const [actual] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${ident(dataset.schema.table)}`);
      expect(registered).toEqual({ rows: actual?.n, origin: 'bundled' });
      expect(actual?.n, file).toBeGreaterThan(0);
    },
  );

  it('has no dates before 2006 or after today', async () => {
    // current_date would make DuckDB-WASM load its ICU extension over the network: bind today instead.
    const today = new Date().toISOString().slice(0, 10);
    const [row] = await db.query<{ bad: number }>(
      `SELECT count(*) AS bad FROM signups WHERE date < DATE '2006-01-01' OR date > CAST($1 AS DATE)`,
      [today],
    );
    expect(row?.bad).toBe(0);
  });
});
