import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../../src/lib/db/types';
import { attachScratch } from '../../../../../src/lib/datasets/store/scratch-database';

/** A database whose statements wait until `answer` is called; the first `failures` of them fail. */
function slowDb(failures = 0) {
  const sent: string[] = [];
  const pending: (() => void)[] = [];
  let failed = 0;
  const exec = (sql: string) =>
    new Promise<void>((resolve, reject) => {
      sent.push(sql);
      pending.push(() => (failed++ < failures ? reject(new Error('engine busy')) : resolve()));
    });
  const answer = () => pending.splice(0).forEach((settle) => settle());
  return { db: { exec } as unknown as Db, sent, answer };
}

describe('attachScratch', () => {
  it('sends one ATTACH per database, however many callers ask while it runs', async () => {
    const { db, sent, answer } = slowDb();
    const first = attachScratch(db);
    const second = attachScratch(db);
    answer();
    await Promise.all([first, second]);
    await attachScratch(db);
    expect(sent).toEqual([`ATTACH IF NOT EXISTS ':memory:' AS "uptake_scratch"`]);
  });

  it('after a failed ATTACH, the next caller tries again', async () => {
    const { db, sent, answer } = slowDb(1);
    const first = attachScratch(db);
    answer();
    await expect(first).rejects.toThrow('engine busy');
    const second = attachScratch(db);
    answer();
    await expect(second).resolves.toBeUndefined();
    expect(sent).toHaveLength(2);
  });
});
