/**
 * Connections kept open for long statements (`Db.execLong`), grouped by whether their
 * progress bar is on. Opening a connection and turning its progress bar on are round trips
 * to the engine's worker that an import's read paid every time: 5–20 ms of a 100k-row
 * read (docs/performance.md). A statement takes an idle connection or opens one, so two
 * long statements never share one (a new statement on a connection cancels the one
 * pending there); only a connection whose statements all succeeded is kept: one that
 * failed or was cancelled is closed by its user, taking any TEMP table it made with it.
 */
export interface LongConnections<C> {
  /** An idle connection of that kind, or a new one. */
  take(progress: boolean): Promise<C>;
  /** Hand back a connection `take` gave, its statements done, for the next long statement. */
  keep(progress: boolean, connection: C): void;
}

export function longConnections<C>(open: (progress: boolean) => Promise<C>): LongConnections<C> {
  const idle = new Map<boolean, C[]>([
    [true, []],
    [false, []],
  ]);
  return {
    take: async (progress) => idle.get(progress)!.pop() ?? open(progress),
    keep: (progress, connection) => void idle.get(progress)!.push(connection),
  };
}
