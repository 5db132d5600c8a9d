/** The error an aborted query rejects with, whatever reason its signal carries. */
export function queryCancelled(): DOMException {
  return new DOMException('The query was cancelled.', 'AbortError');
}

/**
 * The result of `start()`, unless `signal` aborts first or meanwhile: then an AbortError
 * and never the result. DuckDB-WASM cannot interrupt a statement it has started, so the
 * statement still finishes in the engine; only its rows are dropped.
 */
export async function unlessAborted<T>(start: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return start();
  if (signal.aborted) throw queryCancelled();
  const work = start();
  return new Promise<T>((resolve, reject) => {
    // Aborting rejects at once; the statement settling later is then ignored.
    const abort = () => reject(queryCancelled());
    signal.addEventListener('abort', abort, { once: true });
    void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
