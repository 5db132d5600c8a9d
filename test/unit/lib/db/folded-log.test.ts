import { afterEach, describe, expect, it } from 'vitest';
import { checkpointDatabase, LOG_FOLD_TABLE, setStoredFile } from '../../../../src/lib/db/folded-log';
import type { Db } from '../../../../src/lib/db/types';

/**
 * A database that records each statement and each wait for a quiet engine. The CHECKPOINTs
 * whose turns (1 for the first sent) are in `refused` are refused, as DuckDB refuses one
 * while another connection has a write transaction open.
 */
function recordingDb(refused: readonly number[] = []) {
  const sent: string[] = [];
  let checkpoints = 0;
  const exec = async (sql: string) => {
    sent.push(sql);
    if (sql === 'CHECKPOINT' && refused.includes(++checkpoints))
      throw new Error('Cannot CHECKPOINT: there are other write transactions active');
  };
  const idle = async (quietMs: number) => {
    sent.push(`(quiet ${quietMs} ms)`);
  };
  const db = { exec, idle } as unknown as Db;
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

  const FOLD = `CREATE OR REPLACE TABLE ${LOG_FOLD_TABLE} AS SELECT 1 AS folds`;
  it.each([
    {
      when: 'the first CHECKPOINT is refused once: tried again once the engine is quiet, then the log is folded',
      refused: [1],
      sent: ['CHECKPOINT', '(quiet 150 ms)', 'CHECKPOINT', FOLD, 'CHECKPOINT'],
    },
    {
      when: 'the second CHECKPOINT, after the fold’s write, is refused once: it is tried again too',
      refused: [2],
      sent: ['CHECKPOINT', FOLD, 'CHECKPOINT', '(quiet 150 ms)', 'CHECKPOINT'],
    },
  ])('$when', async ({ refused, sent: expected }) => {
    setStoredFile(true);
    const { db, sent } = recordingDb(refused);
    await checkpointDatabase(db);
    expect(sent).toEqual(expected);
  });

  it('gives up after three refusals, writes nothing, and never throws', async () => {
    setStoredFile(true);
    const { db, sent } = recordingDb([1, 2, 3]);
    await expect(checkpointDatabase(db)).resolves.toBeUndefined();
    expect(sent).toEqual(['CHECKPOINT', '(quiet 150 ms)', 'CHECKPOINT', '(quiet 150 ms)', 'CHECKPOINT']);
  });

  it('on a database in memory (a second tab, no OPFS) only checkpoints', async () => {
    const { db, sent } = recordingDb();
    await checkpointDatabase(db);
    expect(sent).toEqual(['CHECKPOINT']);
  });
});
