import { ident, qualified } from '../../sql/ident';
import type { Db } from '../../db/types';

/**
 * An in-memory database beside the main one, for staged text that only its reshaped
 * rows outlive (`StageRequest.inMemory`). Where the main database is a stored `opfs://`
 * file, a table there is compressed and written to the file as it fills; here it is not.
 */
export const SCRATCH_DATABASE = 'uptake_scratch';

/** A table of the scratch database, as SQL. */
export const scratchTable = (name: string) => qualified(SCRATCH_DATABASE, 'main', name);

const attached = new WeakSet<Db>();

/** Attach the scratch database, once per engine: ATTACH is engine-wide, every connection sees it. */
export async function attachScratch(db: Db): Promise<void> {
  if (attached.has(db)) return;
  await db.exec(`ATTACH IF NOT EXISTS ':memory:' AS ${ident(SCRATCH_DATABASE)}`);
  attached.add(db);
}
