import type { ImportPlan } from '../ingest/import-csv';

/**
 * Imports survive a reload by keeping the ORIGINAL FILE (a Blob, which the browser
 * stores on disk, not in memory) and its plan in IndexedDB, and re-ingesting it at start
 * through the same stage → validate → commit path. Re-ingesting costs about what the
 * import did, and the landing chart does not wait for it (events load after the first
 * view's tables); docs/performance.md has the figures.
 *
 * Not DuckDB-WASM's OPFS database, which would avoid the re-ingest: (1) it holds an
 * exclusive sync-access handle, so a second tab of the app cannot open it; (2) it would
 * persist the bundled tables too, which then need reconciling with each release's data;
 * (3) it ties stored state to DuckDB's storage format across engine upgrades, while a
 * re-read CSV cannot go stale; (4) a torn write damages everything at once, while here
 * one unreadable file is dropped alone.
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
  return [...all].sort((a, b) => String((a as StoredImport).importedAt).localeCompare(String((b as StoredImport).importedAt)));
}
