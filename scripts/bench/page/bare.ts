/**
 * The start-up reference: a bare DuckDB-WASM boot plus one query, nothing else. The time is
 * read from performance.now() (milliseconds since this page's navigation started), the same
 * clock the app's first-chart time uses.
 */
import { bootRaw, threadsOf, type Variant } from './bundles';

interface BareResult {
  readonly doneAt?: number;
  readonly bundle?: string;
  readonly threads?: number;
  readonly crossOriginIsolated: boolean;
  readonly error?: string;
}

declare global {
  interface Window {
    __bareResult?: BareResult;
  }
}

const variant: Variant = document.documentElement.dataset.variant === 'coi' ? 'coi' : 'single';
const out = document.getElementById('out');

async function main(): Promise<BareResult> {
  const { db, bundle } = await bootRaw(variant);
  const conn = await db.connect();
  const table = await conn.query('SELECT 42 AS answer');
  if (Number(table.getChild('answer')?.get(0)) !== 42) throw new Error('DuckDB answered something other than 42');
  const doneAt = performance.now();
  await conn.close();
  // Read after the clock stopped: it is a second query, not part of the reference.
  const threads = await threadsOf(db);
  return { doneAt, bundle, threads, crossOriginIsolated: globalThis.crossOriginIsolated };
}

main().then(
  (result) => {
    window.__bareResult = result;
    if (out)
      out.textContent = `ready in ${Math.round(result.doneAt ?? 0)} ms (${result.bundle}, ${result.threads} threads)`;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    window.__bareResult = { error: message, crossOriginIsolated: globalThis.crossOriginIsolated };
    if (out) out.textContent = `failed: ${message}`;
  },
);
