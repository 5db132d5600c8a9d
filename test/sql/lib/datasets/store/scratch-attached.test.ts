import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../../support/node-db';
import { attachScratch, scratchAttached } from '../../../../../src/lib/datasets/store/scratch-database';

describe('scratchAttached', () => {
  it('is false in a new engine and true once the scratch database is attached, on every connection', async () => {
    const db = await openNodeDb();
    expect(await scratchAttached(db)).toBe(false);
    await attachScratch(db);
    expect(await scratchAttached(db)).toBe(true);
    // A transaction runs on a connection of its own; ATTACH is engine-wide.
    expect(await db.transaction((tx) => scratchAttached(tx))).toBe(true);
  });
});
