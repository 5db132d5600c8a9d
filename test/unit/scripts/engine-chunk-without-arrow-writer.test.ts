import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  INSERT_ARROW_TABLE_MESSAGE,
  withoutArrowWriter,
} from '../../../scripts/vite/engine-chunk-without-arrow-writer';

const client = readFileSync(
  createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-browser.mjs'),
  'utf8',
);

describe('engine client without Arrow IPC writer (Vite plugin)', () => {
  it('replaces the one tableToIPC call of the installed DuckDB-WASM client and nothing else', () => {
    const out = withoutArrowWriter(client);
    expect(out).not.toContain('tableToIPC');
    // Only the call changed: the text around it is the same, in the same order.
    const at = client.indexOf('u.tableToIPC(e,"stream")');
    expect(at).toBeGreaterThan(0);
    expect(out.slice(0, at)).toBe(client.slice(0, at));
    expect(out.slice(-200)).toBe(client.slice(-200));
    // The reader the app's queries use stays.
    expect(out.match(/RecordBatchReader\.from/g)?.length).toBe(client.match(/RecordBatchReader\.from/g)?.length);
  });

  it('makes insertArrowTable throw a message naming the way that works', async () => {
    const code = 'async insertArrowTable(e,r){let t=u.tableToIPC(e,"stream");await this.insertArrowFromIPCStream(t,r)}';
    const out = withoutArrowWriter(code);
    const method = new Function('u', `return { ${out} };`)({ tableToIPC: () => new Uint8Array() }) as {
      insertArrowTable: (t: unknown, o: unknown) => Promise<void>;
    };
    await expect(method.insertArrowTable({}, {})).rejects.toThrow(INSERT_ARROW_TABLE_MESSAGE);
  });

  it('refuses a client where the call is missing or repeated, so an upgrade is looked at', () => {
    expect(() => withoutArrowWriter('export const x = 1;')).toThrow(/found 0/);
    expect(() => withoutArrowWriter('a.tableToIPC(b,"stream");c.tableToIPC(d,"stream")')).toThrow(/found 2/);
  });
});
