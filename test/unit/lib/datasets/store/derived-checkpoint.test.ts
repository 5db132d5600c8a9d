import { describe, expect, it } from 'vitest';
import { recordDerived } from '../../../../../src/lib/datasets/store/derived-tables';
import type { Db } from '../../../../../src/lib/db/types';

/** A database that records what it runs and is idle only when the test says so. */
function quietDb() {
  const ran: string[] = [];
  let becomeIdle: (() => void)[] = [];
  const db = {
    exec: (sql: string) => {
      ran.push(sql.trim().split(' ')[0]!);
      return Promise.resolve();
    },
    idle: () => new Promise<void>((resolve) => becomeIdle.push(resolve)),
  } as unknown as Db;
  const settle = async () => {
    const waiting = becomeIdle;
    becomeIdle = [];
    waiting.forEach((resolve) => resolve());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { db, ran, settle };
}

describe('recordDerived', () => {
  it('checkpoints once the engine is quiet, once for every step recorded before that', async () => {
    const { db, ran, settle } = quietDb();
    await recordDerived(db, 'retention/prepare-events', 'a', ['retention_ev_cells']);
    await recordDerived(db, 'retention/lifecycle', 'a', ['retention_lc_week']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toEqual(['INSERT', 'INSERT']);
    await settle();
    expect(ran).toEqual(['INSERT', 'INSERT', 'CHECKPOINT']);
    // A step recorded after that checkpoint gets one of its own.
    await recordDerived(db, 'retention/lifecycle', 'b', ['retention_lc_week']);
    await settle();
    expect(ran).toEqual(['INSERT', 'INSERT', 'CHECKPOINT', 'INSERT', 'CHECKPOINT']);
  });

  it('waits for each database on its own', async () => {
    const one = quietDb();
    const two = quietDb();
    await recordDerived(one.db, 'retention/prepare-events', 'a', ['retention_ev_cells']);
    await recordDerived(two.db, 'retention/prepare-events', 'a', ['retention_ev_cells']);
    await two.settle();
    expect(two.ran).toEqual(['INSERT', 'CHECKPOINT']);
    expect(one.ran).toEqual(['INSERT']);
    await one.settle();
    expect(one.ran).toEqual(['INSERT', 'CHECKPOINT']);
  });
});
