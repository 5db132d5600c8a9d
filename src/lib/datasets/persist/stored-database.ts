/**
 * Where this tab keeps its database. Imported datasets live as DuckDB tables in one
 * `opfs://` database file, so a reload reopens them instead of re-reading their files
 * (docs/performance.md has the figures). The original files also stay in IndexedDB
 * (persist.ts): they are the list of what exists, the fallback where OPFS is missing,
 * and what a tab re-reads when it cannot have the database file.
 *
 * OPFS gives one writer per file: the tab holding the Web Lock below opens the file; any
 * other tab of the app runs in memory with the bundled data and the stored files, and
 * says so. Neither can damage what the other keeps.
 */
export const STORED_DATABASE_FILE = 'uptake.duckdb';
const STORED_DATABASE_PATH = `opfs://${STORED_DATABASE_FILE}`;
const LOCK_NAME = 'uptake-stored-database';
/**
 * How long a tab waits for the lock when no other tab answers for it: a reloading tab's
 * previous page lets go only once it is torn down, which takes seconds on a busy machine.
 */
const LOCK_WAIT_MS = 15_000;

/** How this tab keeps imports. */
export type StorageMode = 'database-file' | 'files-only';

/** The database this tab should open, and what to tell the user when it is not the file. */
export interface StorageChoice {
  readonly mode: StorageMode;
  /** The `opfs://` path to open, in mode `database-file`. */
  readonly path?: string;
  /** Why this tab keeps imports only as files, when the user should know. */
  readonly notice: string | null;
}

/** Shown in a second tab: it still has every import, re-read from the stored files. */
export const SECOND_TAB_NOTICE =
  'Uptake is open in another tab, which holds this browser\u2019s stored database: this tab re-reads your imports from their saved files, and what you import or remove here shows in the other tab after it reloads.';

function hasOpfs(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}

/**
 * Hold the database file's lock for as long as this page lives; resolves false when
 * another live tab holds it (or the browser has no Web Locks). The holder answers on a
 * BroadcastChannel, so a second tab knows at once; a lock held by no one who answers
 * belongs to a page being torn down (a reload), and is waited for.
 */
async function holdLock(): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks || typeof BroadcastChannel === 'undefined') return false;
  const channel = new BroadcastChannel(LOCK_NAME);
  const abort = new AbortController();
  const timeout = setTimeout(() => abort.abort(), LOCK_WAIT_MS);
  let decided = false;
  const granted = await new Promise<boolean>((resolve) => {
    const decide = (value: boolean) => {
      if (decided) return false;
      decided = true;
      resolve(value);
      return true;
    };
    channel.onmessage = (event: MessageEvent) => {
      if (event.data === 'held') decide(false);
    };
    locks
      .request(LOCK_NAME, { signal: abort.signal }, () => {
        // Never settles while held: the lock goes when the page does.
        if (decide(true)) return new Promise<never>(() => undefined);
        return undefined;
      })
      .catch(() => decide(false));
    channel.postMessage('who');
  });
  clearTimeout(timeout);
  if (!granted) {
    abort.abort();
    channel.close();
    return false;
  }
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'who') channel.postMessage('held');
  };
  return true;
}

/** Decide, before the engine opens anything, whether this tab opens the stored database file. */
export async function chooseStorage(): Promise<StorageChoice> {
  if (!hasOpfs()) return { mode: 'files-only', notice: null };
  try {
    // Chromium's private windows and some browsers refuse the origin's file system here.
    await navigator.storage.getDirectory();
  } catch {
    return { mode: 'files-only', notice: null };
  }
  if (!(await holdLock())) return { mode: 'files-only', notice: SECOND_TAB_NOTICE };
  return { mode: 'database-file', path: STORED_DATABASE_PATH, notice: null };
}

/** Whether an open failure means another page still has the file open (not that it is damaged). */
export function isBusyError(error: Error): boolean {
  return /NoModificationAllowed|access handle|createSyncAccessHandle|locked/i.test(`${error.name} ${error.message}`);
}

/**
 * How long to keep trying while the file is still held by an engine that is going away.
 * Ending a Worker returns at once, but the browser closes the file handles it had open a
 * little later: seconds, on a busy two-core machine.
 */
const RELEASE_WAIT_MS = 20_000;
const RELEASE_RETRY_MS = 250;

/**
 * Run `attempt` until it succeeds or fails for a reason other than `isTransient`; a
 * transient failure is retried every `retryMs` until `waitMs` have passed, then thrown.
 */
export async function retryWhileHeld<T>(
  attempt: () => Promise<T>,
  isTransient: (error: Error) => boolean,
  waitMs = RELEASE_WAIT_MS,
  retryMs = RELEASE_RETRY_MS,
): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      if (!isTransient(failure) || Date.now() + retryMs > deadline) throw failure;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
}

/**
 * Delete a database file that could not be read, so the next visit starts a fresh one.
 * Nothing is lost with it: every import's original file is still in IndexedDB. The engine
 * that failed to read it has just been ended, and may not have let go of it yet.
 */
export async function discardStoredDatabase(): Promise<void> {
  const root = await navigator.storage.getDirectory();
  for (const name of [STORED_DATABASE_FILE, `${STORED_DATABASE_FILE}.wal`]) {
    await retryWhileHeld(
      () =>
        root.removeEntry(name).catch((error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
        }),
      isBusyError,
    );
  }
}

/**
 * What this origin's stored database file is before the engine opens it: `present` with
 * something in it (start-up then waits to learn what it holds before fetching the bundled
 * files it may not need); `absent`, neither it nor its log exists, so the engine creates an
 * empty one that needs no look at what it holds; `unknown` otherwise (empty, or not
 * readable now, as while the page before a reload still holds it).
 */
export async function storedDatabaseState(): Promise<'present' | 'absent' | 'unknown'> {
  try {
    const root = await navigator.storage.getDirectory();
    const sizes = await Promise.all(
      [STORED_DATABASE_FILE, `${STORED_DATABASE_FILE}.wal`].map((name) =>
        root.getFileHandle(name).then(
          async (handle) => (await handle.getFile()).size,
          (error: unknown) => {
            if (error instanceof DOMException && error.name === 'NotFoundError') return null;
            throw error;
          },
        ),
      ),
    );
    if (sizes.every((size) => size === null)) return 'absent';
    return (sizes[0] ?? 0) > 0 ? 'present' : 'unknown';
  } catch {
    return 'unknown';
  }
}
