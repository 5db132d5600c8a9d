import { afterEach, describe, expect, it } from 'vitest';
import { checkpointDatabase, LOG_FOLD_TABLE, setStoredFile } from '../../../../src/lib/db/folded-log';
import type { Db } from '../../../../src/lib/db/types';

/**
 * A database that records each statement and each wait for a quiet engine; its first
 * `refusals` CHECKPOINTs are refused, as DuckDB refuses one while another connection has a
 * write transaction open.
 */
function recordingDb(refusals = 0) {
  const sent: string[] = [];
  let refused = 0;
  const exec = async (sql: string) => {
    sent.push(sql);
    if (sql === 'CHECKPOINT' && refused < refusals) {
      refused++;
      throw new Error('Cannot CHECKPOINT: there are other write transactions active');
    }
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

  it('tries a refused CHECKPOINT again once the engine is quiet, then folds the log', async () => {
    setStoredFile(true);
    const { db, sent } = recordingDb(1);
    await checkpointDatabase(db);
    expect(sent).toEqual([
      'CHECKPOINT',
      '(quiet 150 ms)',
      'CHECKPOINT',
      `CREATE OR REPLACE TABLE ${LOG_FOLD_TABLE} AS SELECT 1 AS folds`,
      'CHECKPOINT',
    ]);
  });

  it('the second CHECKPOINT, after the fold’s write, is tried again too', async () => {
    setStoredFile(true);
    const { db, sent } = recordingDb(0);
    let checkpoints = 0;
    const exec = db.exec.bind(db);
    db.exec = async (sql, params, options) => {
      if (sql === 'CHECKPOINT' && ++checkpoints === 2) {
        sent.push('CHECKPOINT');
        throw new Error('Cannot CHECKPOINT: there are other write transactions active');
      }
      return exec(sql, params, options);
    };
    await checkpointDatabase(db);
    expect(sent).toEqual([
      'CHECKPOINT',
      `CREATE OR REPLACE TABLE ${LOG_FOLD_TABLE} AS SELECT 1 AS folds`,
      'CHECKPOINT',
      '(quiet 150 ms)',
      'CHECKPOINT',
    ]);
  });

  it('gives up after three refusals, writes nothing, and never throws', async () => {
    setStoredFile(true);
    const { db, sent } = recordingDb(3);
    await expect(checkpointDatabase(db)).resolves.toBeUndefined();
    expect(sent).toEqual(['CHECKPOINT', '(quiet 150 ms)', 'CHECKPOINT', '(quiet 150 ms)', 'CHECKPOINT']);
  });

  it('on a database in memory (a second tab, no OPFS) only checkpoints', async () => {
    const { db, sent } = recordingDb();
    await checkpointDatabase(db);
    expect(sent).toEqual(['CHECKPOINT']);
  });
});
