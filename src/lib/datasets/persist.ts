import type { ImportPlan } from './import-csv';

/**
 * Imports survive a reload by keeping the ORIGINAL FILE (as a Blob, which the browser
 * stores on disk, not in memory) and its plan in IndexedDB, and re-ingesting at start.
 *
 * Why not DuckDB-WASM's OPFS database: measured in Chromium on this machine (see the
 * report in issue 5), re-ingesting a 1M-row / 38 MB events file from IndexedDB took about
 * as long as the import itself (~2–3 s) while opening an OPFS database was quicker, but an
 * OPFS database (1) holds an exclusive sync-access handle, so a second tab of the app
 * fails to open it; (2) would also persist the bundled tables, which must be reconciled
 * with each release's data; (3) ties stored state to DuckDB's storage format across
 * engine upgrades, where a file re-read with the current engine cannot go stale; and
 * (4) a torn write corrupts everything at once, while a bad stored file drops alone.
 * Imports are typically small (a platform's figures, a cohort table), so the start-up
 * cost is small where it matters most.
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
