import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { commitImport } from '../../../src/lib/datasets/ingest/import-csv';
import { openBundledDb } from '../../support/node-db';
import { stageBytes, utf8 } from '../lib/datasets/ingest/import-support';

describe('events carry a kind: the bundled sample is modelled, imported logs are reported', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openBundledDb();
  });

  it('marks every bundled event row modelled', async () => {
    const rows = await db.query<{ kind: string; n: number }>(
      `SELECT kind, count(*) AS n FROM events WHERE dataset_id = 'bundled:events-sample' GROUP BY kind`,
    );
    expect(rows).toEqual([{ kind: 'modelled', n: 32_000 }]);
  });

  it('gives an imported log without a kind column the kind reported', async () => {
    const csv =
      'user_id,platform,region,signup_date,activity_date\nu1,Pixelfed,US,2024-01-01,2024-01-01\nu1,Pixelfed,US,2024-01-01,2024-01-09\n';
    const { staged } = await stageBytes(db, utf8(csv));
    expect(staged.validation.problems).toEqual([]);
    expect(await commitImport(db, staged, 'i:events-no-kind')).toBe(2);
    const rows = await db.query<{ kind: string | null }>(
      `SELECT kind FROM events WHERE dataset_id = 'i:events-no-kind'`,
    );
    expect(rows).toEqual([{ kind: 'reported' }, { kind: 'reported' }]);
  });

  it('keeps the kind an imported log states', async () => {
    const csv =
      'user_id,platform,region,signup_date,activity_date,kind\nu1,Pixelfed,US,2024-01-01,2024-01-01,modelled\n';
    const { staged } = await stageBytes(db, utf8(csv));
    expect(await commitImport(db, staged, 'i:events-kind')).toBe(1);
    const rows = await db.query<{ kind: string }>(`SELECT kind FROM events WHERE dataset_id = 'i:events-kind'`);
    expect(rows).toEqual([{ kind: 'modelled' }]);
  });
});
