import type { Db, Row } from './types';

/**
 * Resolves once `db` has run nothing for `quietMs` (`Db.idle`): for upkeep that should not
 * slip between a panel's statements. A database that does not count what runs (Node's, the
 * bench pages') waits `quietMs` alone.
 */
export function whenQuiet(db: Db, quietMs: number): Promise<void> {
  return db.idle ? db.idle(quietMs) : new Promise((resolve) => setTimeout(resolve, quietMs));
}

/** A database whose statements are counted: `settled` waits until none runs, `db.idle` for a quiet spell. */
export interface TrackedDb {
  /** `db` itself, for every caller whose statements count. */
  readonly db: Db;
  /** Resolves once no statement, transaction or long statement of `db` is running. */
  settled(): Promise<void>;
}

/**
 * Count what runs through `db`, so start-up can let the first chart's queries finish
 * before it gives the engine's single thread to work no one is waiting for (loading the
 * cohort tables, the known names): the engine runs one request at a time, and a parametrised
 * query takes several, between which a long load would otherwise slip in.
 */
export function trackActivity(db: Db): TrackedDb {
  let running = 0;
  let lastEnd = performance.now();
  let waiting: (() => void)[] = [];
  const track = async <T>(work: () => Promise<T>): Promise<T> => {
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      lastEnd = performance.now();
      if (running === 0) {
        const done = waiting;
        waiting = [];
        done.forEach((resolve) => resolve());
      }
    }
  };
  const settled = () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)));
  // A chain of statements leaves the engine idle for a moment between two of them: only a
  // quiet spell says its caller is done.
  const idle = async (quietMs: number) => {
    for (;;) {
      await settled();
      const quietFor = performance.now() - lastEnd;
      if (quietFor >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, quietMs - quietFor));
    }
  };
  const tracked: Db = {
    ...db,
    query: <T extends object = Row>(...args: Parameters<Db['query']>) => track(() => db.query<T>(...args)),
    exec: (...args) => track(() => db.exec(...args)),
    transaction: (work) => track(() => db.transaction(work)),
    execLong: (...args) => track(() => db.execLong(...args)),
    queryReadOnly: <T extends object = Row>(sql: string) => track(() => db.queryReadOnly<T>(sql)),
    idle,
  };
  return { db: tracked, settled };
}
