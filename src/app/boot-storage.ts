import {
  chooseStorage,
  discardStoredDatabase,
  isBusyError,
  retryWhileHeld,
  SECOND_TAB_NOTICE,
  storedDatabaseState,
} from '../lib/datasets/persist/stored-database';
import { reopenDatasets } from '../lib/datasets/persist/reopen';
import { reportStorageNotice, storedImportIds } from '../lib/datasets/persist/restore';
import { createDatasetStore } from '../lib/datasets/store/live-view';
import { bootBrowserEngine, type BootedEngine, type StartedEngine } from '../lib/db/browser-engine';
import { createDb } from '../lib/db/connection-db';
import { setStoredFile } from '../lib/db/folded-log';
import type { Db } from '../lib/db/types';
import { mark } from '../lib/perf/mark';

/** What start-up tells `openDatabase`. */
export interface OpenOptions {
  /** The version of each bundled dataset this release ships: a stored copy in that version is kept. */
  readonly bundledVersions: ReadonlyMap<string, string>;
  /**
   * Called once it is known whether a stored database file will be reopened: when not,
   * start-up fetches the bundled files at once, while the engine boots.
   */
  readonly onStorageKnown: (reopening: boolean) => void;
}

/** The opened database, and the datasets it already holds (start-up reads only the others). */
export interface OpenedDatabase {
  readonly db: Db;
  readonly persistent: boolean;
  readonly present: ReadonlySet<string>;
  /** Whether a stored file was reopened: that lists its tables, so DuckDB's first-listing cost is paid. */
  readonly reopened: boolean;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function unreadable(error: unknown): string {
  return `The database this browser kept for your imports could not be read (${messageOf(error)}), so it was set aside: the app started with the bundled data and re-read your imports from their saved files.`;
}

/**
 * Start the engine on this tab's database: the stored `opfs://` file when this tab may
 * have it, otherwise memory. A file that cannot be opened or read is reported and
 * discarded (the imports' files are still in IndexedDB), and a new engine starts in
 * memory; a file another page still holds is left alone and reported as a second tab.
 */
export async function openDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  // The worker starts compiling the WASM first of all, while this tab takes the lock and
  // looks at its stored file: only opening the database needs to know which file that is.
  // The engine's client code is in the entry's graph, not a chunk of its own: as a chunk
  // it arrived after React's, and the worker then waited ~400 ms for React's first render
  // to free the main thread (the first paint is the build-time snapshot's HTML either way).
  const booting = bootBrowserEngine();
  booting.catch(() => undefined); // it fails below, when awaited; not an unhandled rejection meanwhile
  let unused: Promise<BootedEngine> | undefined = booting;
  // The engine booted above the first time, a new one after it was ended by a failed open.
  const startEngine = async (path?: string) => {
    const booted = unused ?? bootBrowserEngine();
    unused = undefined;
    return (await booted).open(path);
  };
  // Which imports IndexedDB keeps is read meanwhile too: reopening the file needs it.
  const storedIds = storedImportIds();
  const choice = await chooseStorage();
  mark(`storage:${choice.mode}`);
  const stored = choice.path === undefined ? 'absent' : await storedDatabaseState();
  options.onStorageKnown(stored === 'present');
  if (choice.notice) reportStorageNotice(choice.notice);
  if (choice.path) {
    let started: StartedEngine | undefined;
    try {
      // This tab holds the lock, so a file still busy belongs to a page that is going away
      // (the one before a reload), whose engine lets go of it shortly: wait for that.
      const path = choice.path;
      started = await retryWhileHeld(() => startEngine(path), isBusyError);
      const db = await createDb(started.engine);
      setStoredFile(true);
      // A file this visit creates gets the store without a look at what it holds: listing
      // its tables would cost start-up 150–300 ms (scratch-database.ts says why).
      if (stored === 'absent') {
        await createDatasetStore(db);
        return { db, persistent: true, present: new Set(), reopened: false };
      }
      const present = await reopenDatasets(db, await storedIds, options.bundledVersions);
      return { db, persistent: true, present, reopened: true };
    } catch (error) {
      // Opened but not readable as Uptake's store: end that engine so the file is let go.
      setStoredFile(false);
      await started?.db.terminate();
      const failure = error instanceof Error ? error : new Error(String(error));
      if (isBusyError(failure)) reportStorageNotice(SECOND_TAB_NOTICE);
      else await setAside(failure);
    }
  }
  const db = await createDb((await startEngine()).engine);
  await createDatasetStore(db);
  return { db, persistent: false, present: new Set(), reopened: false };
}

async function setAside(error: unknown): Promise<void> {
  const removal = await discardStoredDatabase().then(
    () => '',
    (removeError: unknown) => ` It could not be removed either (${messageOf(removeError)}).`,
  );
  reportStorageNotice(unreadable(error) + removal);
}
