import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db/types';
import { withSignal } from '../../../../src/lib/db/with-signal';
import { openNodeDb } from '../../../support/node-db';

describe('Db.query with an AbortSignal', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await db.exec('CREATE TABLE abort_probe (n INTEGER)');
  });

  it('delivers rows while its signal is not aborted', async () => {
    const rows = await db.query<{ n: number }>('SELECT 41 + 1 AS n', [], { signal: new AbortController().signal });
    expect(rows).toEqual([{ n: 42 }]);
  });

  it('rejects with an AbortError, without running, when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('some other reason'));
    const insert = db.exec('INSERT INTO abort_probe VALUES (1)', [], { signal: controller.signal });
    await expect(insert).rejects.toMatchObject({ name: 'AbortError' });
    expect(await db.query('SELECT count(*) AS n FROM abort_probe')).toEqual([{ n: 0 }]);
  });

  it('rejects with an AbortError and no rows when aborted while the statement runs', async () => {
    const controller = new AbortController();
    const pending = db.query('SELECT range AS n FROM range(3)', [], { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps the error of a failed statement when nothing aborted', async () => {
    const failing = db.query('SELECT * FROM no_such_table', [], { signal: new AbortController().signal });
    await expect(failing).rejects.toMatchObject({ name: 'QueryError' });
  });

  it('withSignal gives the signal to every query and exec of a fetcher', async () => {
    const controller = new AbortController();
    const bound = withSignal(db, controller.signal);
    expect(await bound.query('SELECT 7 AS n')).toEqual([{ n: 7 }]);
    controller.abort();
    await expect(bound.query('SELECT 7 AS n')).rejects.toMatchObject({ name: 'AbortError' });
    await expect(bound.exec('INSERT INTO abort_probe VALUES (2)')).rejects.toMatchObject({ name: 'AbortError' });
    expect(await db.query('SELECT count(*) AS n FROM abort_probe')).toEqual([{ n: 0 }]);
  });
});
