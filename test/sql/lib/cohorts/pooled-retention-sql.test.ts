import { beforeAll, describe, expect, it } from 'vitest';
import { pooledRetentionSql } from '../../../../src/lib/cohorts/pooled-retention-sql';
import type { Db } from '../../../../src/lib/db/types';
import { openNodeDb } from '../../../support/node-db';

// Two cohorts of platform A (100 and 50 users), one empty cohort of B; the second A
// cohort does not know its day-1 "active that day or later" count.
const ROWS = `
  ('A', DATE '2024-01-01', 0, 100, 100, 100),
  ('A', DATE '2024-01-01', 1, 100,  40,  60),
  ('A', DATE '2024-01-02', 0,  50,  50,  50),
  ('A', DATE '2024-01-02', 1,  50,  10, NULL),
  ('B', DATE '2024-01-01', 0,   0,   0,   0)`;

describe('pooledRetentionSql on the real engine', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await db.exec(`CREATE TABLE cohort_rows AS SELECT * FROM (VALUES ${ROWS})
      t(platform, cohort_start, day_offset, cohort_size, retained, retained_later)`);
  });

  it('sums cohorts per group and day, leaves out offsets without users, and knows "later" only when every cohort does', async () => {
    const rows = await db.query(
      `${pooledRetentionSql({ from: 'cohort_rows', by: ['platform'] })} ORDER BY platform, day_offset`,
    );
    expect(rows).toEqual([
      { platform: 'A', day_offset: 0, cohort_users: 150, retained: 150, retained_later: 150, cohorts: 2 },
      { platform: 'A', day_offset: 1, cohort_users: 150, retained: 50, retained_later: null, cohorts: 2 },
    ]);
  });

  it('applies the condition with bound parameters before pooling', async () => {
    const sql = `${pooledRetentionSql({ from: 'cohort_rows', by: [], where: 'cohort_start = CAST($1 AS DATE)' })} ORDER BY day_offset`;
    expect(await db.query(sql, ['2024-01-01'])).toEqual([
      { day_offset: 0, cohort_users: 100, retained: 100, retained_later: 100, cohorts: 1 },
      { day_offset: 1, cohort_users: 100, retained: 40, retained_later: 60, cohorts: 1 },
    ]);
  });

  it('quotes the relation and group names', () => {
    expect(pooledRetentionSql({ from: 'my "rows"', by: ['plat form'] })).toContain('FROM "my ""rows"""');
    expect(pooledRetentionSql({ from: 'r', by: ['plat form'] })).toContain('GROUP BY "plat form", day_offset');
  });
});
