import { describe, expect, it } from 'vitest';
import { readEventsFingerprint } from '../../../../../src/features/retention/api/prepare-events';
import { serialiseDatasetChange } from '../../../../../src/lib/datasets/store/import-queue';
import { withSignal } from '../../../../../src/lib/db/with-signal';
import type { Db } from '../../../../../src/lib/db/types';

/** A database whose fingerprint reads wait until the test answers them. */
function heldDb() {
  const reads: ((fingerprint: string) => void)[] = [];
  const db = {
    query: () => new Promise((resolve) => reads.push((fingerprint) => resolve([{ fingerprint }]))),
  } as unknown as Db;
  return { db, reads };
}

describe('readEventsFingerprint', () => {
  it('shares one running read between callers, whatever signal each brings', async () => {
    const { db, reads } = heldDb();
    const first = readEventsFingerprint(withSignal(db, new AbortController().signal));
    const second = readEventsFingerprint(db);
    const third = readEventsFingerprint(withSignal(db, new AbortController().signal));
    expect(reads).toHaveLength(1);
    reads[0]!('events=ds_a');
    expect(await Promise.all([first, second, third])).toEqual(['events=ds_a', 'events=ds_a', 'events=ds_a']);
  });

  it('reads afresh once the read is done: it keeps nothing', async () => {
    const { db, reads } = heldDb();
    const first = readEventsFingerprint(db);
    reads[0]!('events=ds_a');
    expect(await first).toBe('events=ds_a');
    const later = readEventsFingerprint(db);
    expect(reads).toHaveLength(2);
    reads[1]!('events=ds_a|import=ds_b');
    expect(await later).toBe('events=ds_a|import=ds_b');
  });

  it('does not share a read sent before a dataset change started or ended', async () => {
    const { db, reads } = heldDb();
    const before = readEventsFingerprint(db);
    let finishChange!: () => void;
    const change = serialiseDatasetChange(() => new Promise<void>((resolve) => (finishChange = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const during = readEventsFingerprint(db);
    expect(reads).toHaveLength(2);
    finishChange();
    await change;
    const after = readEventsFingerprint(db);
    expect(reads).toHaveLength(3);
    reads.forEach((answer, i) => answer(`read ${i}`));
    expect(await Promise.all([before, during, after])).toEqual(['read 0', 'read 1', 'read 2']);
  });
});
