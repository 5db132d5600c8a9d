import { afterEach, describe, expect, it } from 'vitest';
import { checkpointDatabase, LOG_FOLD_TABLE, setStoredFile } from '../../../../src/lib/db/folded-log';
import type { Db } from '../../../../src/lib/db/types';

/** A database that records each statement; a CHECKPOINT is refused while `busy`. */
function recordingDb(busy = false) {
  const sent: string[] = [];
  const exec = async (sql: string) => {
    sent.push(sql);
    if (sql === 'CHECKPOINT' && busy) throw new Error('Cannot CHECKPOINT: there are other write transactions active');
  };
  const db = { exec } as unknown as Db;
  return { db, sent };
}

afterEach(() => setStoredFile(false));

describe('checkpointDatabase', () => {
  it('in the stored file, follows the CHECKPOINT with a small write and a second CHECKPOINT', async () => {
    setStoredFile(true);
    const { db, sent } = recordingDb();
    await checkpointDatabase(db);
    expect(sent).toEqual([
      'CHECKPOINT',
      `CREATE OR REPLACE TABLE ${LOG_FOLD_TABLE} AS SELECT 1 AS folds`,
      'CHECKPOINT',
    ]);
  });

  it('writes nothing after a refused CHECKPOINT, and never throws', async () => {
    setStoredFile(true);
    const { db, sent } = recordingDb(true);
    await expect(checkpointDatabase(db)).resolves.toBeUndefined();
    expect(sent).toEqual(['CHECKPOINT']);
  });

  it('on a database in memory (a second tab, no OPFS) only checkpoints', async () => {
    const { db, sent } = recordingDb();
    await checkpointDatabase(db);
    expect(sent).toEqual(['CHECKPOINT']);
  });
});
