import { describe, expect, it } from 'vitest';
import { trackActivity } from '../../../../src/lib/db/track-activity';
import type { Db } from '../../../../src/lib/db/types';

/** A database whose every call waits until the test lets it finish (or fail). */
function heldDb() {
  const pending: { sql: string; finish: () => void; fail: (error: Error) => void }[] = [];
  const hold = <T>(sql: string, value: T) =>
    new Promise<T>((resolve, reject) => {
      pending.push({ sql, finish: () => resolve(value), fail: reject });
    });
  const db: Db = {
    query: <T extends object>(sql: string) => hold<T[]>(sql, [{ sql } as T]),
    exec: (sql) => hold(sql, undefined),
    transaction: (work) => hold('transaction', undefined).then(() => work(db)),
    registerFile: () => Promise.resolve(),
    dropFile: () => Promise.resolve(),
    execLong: (sql) => hold(sql, undefined),
    queryReadOnly: <T extends object>(sql: string) => hold<T[]>(sql, []),
  };
  return { db, pending };
}

/** Whether `promise` has settled once everything already queued has run. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('trackActivity', () => {
  it('is settled at once when nothing runs', async () => {
    const { db } = heldDb();
    expect(await isSettled(trackActivity(db).settled())).toBe(true);
  });

  it('settles only when the last of several statements has finished, failed ones included', async () => {
    const { db, pending } = heldDb();
    const tracked = trackActivity(db);
    const rows = tracked.db.query('SELECT 1');
    void tracked.db.exec('CREATE TABLE t (a INT)');
    const failing = tracked.db.execLong('COPY t FROM x', {}).catch((error: unknown) => error);
    const settled = tracked.settled();
    expect(pending.map((p) => p.sql)).toEqual(['SELECT 1', 'CREATE TABLE t (a INT)', 'COPY t FROM x']);

    pending[0]!.finish();
    expect(await rows).toEqual([{ sql: 'SELECT 1' }]);
    expect(await isSettled(settled)).toBe(false);
    pending[2]!.fail(new Error('no such file'));
    expect(await failing).toEqual(new Error('no such file'));
    expect(await isSettled(settled)).toBe(false);
    pending[1]!.finish();
    expect(await isSettled(settled)).toBe(true);
  });

  it('counts a read-only query and a transaction, and waits afresh for statements started later', async () => {
    const { db, pending } = heldDb();
    const tracked = trackActivity(db);
    void tracked.db.queryReadOnly('SELECT 2');
    pending[0]!.finish();
    expect(await isSettled(tracked.settled())).toBe(true);

    const work = tracked.db.transaction(async () => 'done');
    const later = tracked.settled();
    expect(await isSettled(later)).toBe(false);
    pending[1]!.finish();
    expect(await work).toBe('done');
    expect(await isSettled(later)).toBe(true);
  });

  it('is idle only after a quiet spell with nothing running, measured from the last statement to end', async () => {
    const { db, pending } = heldDb();
    const tracked = trackActivity(db);
    const first = tracked.db.query('SELECT 1');
    let idleAt: number | null = null;
    const idle = tracked.db.idle!(60).then(() => (idleAt = performance.now()));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(idleAt).toBeNull();
    pending[0]!.finish();
    await first;
    const firstEnd = performance.now();
    // A second statement of the same chain, started before the spell is over, starts it again.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = tracked.db.exec('SELECT 2');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(idleAt).toBeNull();
    pending[1]!.finish();
    await second;
    const secondEnd = performance.now();
    await idle;
    expect(idleAt! - firstEnd).toBeGreaterThanOrEqual(95);
    expect(idleAt! - secondEnd).toBeGreaterThanOrEqual(55);
  });
});
