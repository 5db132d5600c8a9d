import type { Engine, EngineConnection } from './engine';
import { closeInOrder, firstLine, run } from './run-statement';
import { QueryError, type LongRunOptions } from './types';

/**
 * Long statements (`Db.execLong`): each on a connection of its own, since a new query on a
 * connection cancels the one pending there. DuckDB estimates progress only with its
 * progress bar on, and by default only after 2 s: a connection for a statement that
 * reports progress has it on from the start (posted to the page as PROGRESS_UPDATE).
 *
 * Connections are kept open for the next long statement, grouped by whether their progress
 * bar is on: opening one and turning its progress bar on are round trips to the engine's
 * worker that an import's read paid every time, 5–20 ms of a 100k-row read
 * (docs/performance.md). A statement takes an idle connection or opens one, so two long
 * statements never share one; only a connection whose statements all succeeded is kept.
 * One that failed or was cancelled is closed, taking any TEMP table it made with it.
 */
export interface LongStatements {
  run(sql: string, options: LongRunOptions): Promise<void>;
}

/** One statement, so one round trip to the engine's worker. */
const PROGRESS_SETTINGS = 'SET enable_progress_bar = true; SET progress_bar_time = 0';

export function longStatements(engine: Engine): LongStatements {
  const idle = new Map<boolean, EngineConnection[]>([
    [true, []],
    [false, []],
  ]);
  const take = async (progress: boolean) => idle.get(progress)!.pop() ?? open(engine, progress);
  return {
    async run(sql, { signal, onProgress, then = [] }) {
      signal?.throwIfAborted();
      const progress = onProgress !== undefined && engine.onProgress !== undefined;
      const own = await take(progress);
      let succeeded = false;
      // The engine reports progress for whichever statement runs with the progress bar on:
      // listen only while the main statement runs, not during the `then` statements.
      let unsubscribe: (() => void) | undefined;
      const cancel = () => void Promise.resolve(own.cancelSent?.()).catch(() => undefined);
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        if (onProgress && engine.onProgress) unsubscribe = engine.onProgress(onProgress);
        if (own.send) {
          const stream = await own.send(sql);
          // Drain the (empty) result; the engine runs the statement in slices between polls.
          for await (const batch of stream) void batch;
        } else {
          await run(own, sql, []);
        }
        unsubscribe?.();
        unsubscribe = undefined;
        signal?.throwIfAborted();
        for (const next of then) await run(own, next, []);
        succeeded = true;
      } catch (error) {
        if (signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
        if (error instanceof QueryError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new QueryError(`${message}\n(in ${firstLine(sql)})`, sql, { cause: error });
      } finally {
        signal?.removeEventListener('abort', cancel);
        unsubscribe?.();
        if (succeeded) idle.get(progress)!.push(own);
        else closeInOrder(own);
      }
    },
  };
}

/** A connection for long statements, its progress bar on when asked. */
async function open(engine: Engine, progress: boolean): Promise<EngineConnection> {
  const own = await engine.connect();
  try {
    if (progress) await run(own, PROGRESS_SETTINGS, []);
    return own;
  } catch (error) {
    closeInOrder(own);
    throw error;
  }
}
