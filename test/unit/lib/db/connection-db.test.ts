import { describe, expect, it } from 'vitest';
import { createDb, type Engine, type EngineConnection } from '../../../../src/lib/db/connection-db';

/** An empty result, as Arrow hands it over. */
const EMPTY = { schema: { fields: [] }, numRows: 0, getChildAt: () => null } as never;

/** An engine whose closes never answer (a worker busy elsewhere), recording every call in order. */
function engineWithSilentCloses(options: { closeThrows?: boolean; failOn?: string } = {}) {
  const calls: string[] = [];
  const never = new Promise<void>(() => undefined);
  const close = (what: string) => () => {
    calls.push(`close ${what}`);
    if (options.closeThrows) throw new Error('already closed');
    return never;
  };
  const connection = (): EngineConnection => ({
    query: (sql) => {
      calls.push(sql);
      return options.failOn && sql.includes(options.failOn) ? Promise.reject(new Error('bad')) : Promise.resolve(EMPTY);
    },
    prepare: (sql) => {
      calls.push(`prepare ${sql}`);
      return { query: () => (calls.push('run'), Promise.resolve(EMPTY)), close: close('statement') };
    },
    close: close('connection'),
  });
  const engine: Engine = {
    connect: () => (calls.push('connect'), connection()),
    registerFileBuffer: () => undefined,
    dropFile: () => undefined,
    onProgress: () => () => undefined,
  };
  return { engine, calls };
}

describe('closing statements and connections', () => {
  it('does not wait for a bound statement’s close, and sends the close before the next statement', async () => {
    const { engine, calls } = engineWithSilentCloses();
    const db = await createDb(engine);
    await db.exec('INSERT INTO t VALUES ($1)', [1]);
    await db.exec('SELECT 2');
    expect(calls).toEqual(['connect', 'prepare INSERT INTO t VALUES ($1)', 'run', 'close statement', 'SELECT 2']);
  });

  it('ends a transaction without waiting for its connection to close', async () => {
    const { engine, calls } = engineWithSilentCloses();
    const db = await createDb(engine);
    await expect(db.transaction(async (tx) => (await tx.exec('SELECT 1'), 'done'))).resolves.toBe('done');
    expect(calls).toEqual(['connect', 'connect', 'BEGIN TRANSACTION', 'SELECT 1', 'COMMIT', 'close connection']);
  });

  it('a close that fails loses neither the result nor the next statement', async () => {
    const { engine, calls } = engineWithSilentCloses({ closeThrows: true });
    const db = await createDb(engine);
    await expect(db.query('SELECT $1 AS x', [1])).resolves.toEqual([]);
    await expect(db.transaction(async () => 'done')).resolves.toBe('done');
    expect(calls.filter((c) => c.startsWith('close'))).toEqual(['close statement', 'close connection']);
  });
});

describe('long statements', () => {
  const PROGRESS = 'SET enable_progress_bar = true; SET progress_bar_time = 0';
  const onProgress = () => undefined;

  it('keep their connection, its progress bar set once, for the next long statement', async () => {
    const { engine, calls } = engineWithSilentCloses();
    const db = await createDb(engine);
    await db.execLong('READ 1', { onProgress, then: ['DROP 1'] });
    await db.execLong('READ 2', { onProgress });
    expect(calls).toEqual(['connect', 'connect', PROGRESS, 'READ 1', 'DROP 1', 'READ 2']);
  });

  it('without progress reports, use a connection whose progress bar was never set', async () => {
    const { engine, calls } = engineWithSilentCloses();
    const db = await createDb(engine);
    await db.execLong('READ 1', { onProgress });
    await db.execLong('READ 2', {});
    await db.execLong('READ 3', {});
    expect(calls).toEqual(['connect', 'connect', PROGRESS, 'READ 1', 'connect', 'READ 2', 'READ 3']);
  });

  it('close a connection whose statement failed, so the next one opens a fresh connection', async () => {
    const { engine, calls } = engineWithSilentCloses({ failOn: 'BAD' });
    const db = await createDb(engine);
    await expect(db.execLong('BAD READ', { onProgress })).rejects.toThrow(/bad/);
    await db.execLong('READ', { onProgress });
    expect(calls).toEqual([
      'connect',
      'connect',
      PROGRESS,
      'BAD READ',
      'close connection',
      'connect',
      PROGRESS,
      'READ',
    ]);
  });

  it('running at once, never share a connection', async () => {
    const { engine, calls } = engineWithSilentCloses();
    const db = await createDb(engine);
    await Promise.all([db.execLong('READ 1', {}), db.execLong('READ 2', {})]);
    expect(calls.filter((c) => c === 'connect')).toHaveLength(3);
  });
});
