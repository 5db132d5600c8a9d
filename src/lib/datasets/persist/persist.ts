import type { ImportPlan } from '../ingest/import-csv';

/**
 * Every import's ORIGINAL FILE (a Blob, which the browser stores on disk, not in memory)
 * and its plan, in IndexedDB. This is the list of what the user imported: the tab
 * holding the `opfs://` database file reopens those imports as tables and re-reads only
 * what the file lacks (stored-database.ts); where OPFS is missing, in a second tab, or
 * when the file cannot be read, each is re-read at start through the same stage →
 * validate → commit path, which costs about what the import did. One unreadable record
 * is dropped alone; docs/performance.md has the figures.
 */
const DB_NAME = 'uptake-imports';
const STORE = 'imports';

/** One stored import: its file, how to read it, and when it was imported. */
export interface StoredImport {
  readonly id: string;
  readonly fileName: string;
  readonly plan: ImportPlan;
  readonly file: Blob;
  readonly importedAt: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openStore(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available in this browser'));
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE, { keyPath: 'id' });
  };
  return request(open);
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openStore();
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(work(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  } finally {
    db.close();
  }
}

export async function saveStoredImport(record: StoredImport): Promise<void> {
  await withStore('readwrite', (s) => s.put(record));
}

export async function deleteStoredImport(id: string): Promise<void> {
  await withStore('readwrite', (s) => s.delete(id));
}

/** Every stored import, oldest first (the order they were imported in). */
export async function loadStoredImports(): Promise<unknown[]> {
  const all = await withStore('readonly', (s) => s.getAll());
  return [...all].sort((a, b) =>
    String((a as StoredImport).importedAt).localeCompare(String((b as StoredImport).importedAt)),
  );
}
