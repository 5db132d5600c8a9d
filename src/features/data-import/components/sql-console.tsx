import { useState } from 'react';
import type { Row } from '../../../lib/db/types';
import { useReadyDb } from '../../../lib/query/use-ready-db';
import { Panel } from '../../../lib/ui/panel';
import { useUrlParam } from '../../../lib/url/use-url-param';
import { sqlParam } from '../url-params';
import { refuseSql } from '../model/read-only-sql';

const MAX_ROWS = 500;

type Result = { readonly rows: Row[]; readonly ms: number } | { readonly error: string } | null;

function cell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Read-only SQL over the loaded tables; the query lives in the URL so a link shares it. */
export function SqlConsole() {
  const [saved, setSaved] = useUrlParam(sqlParam);
  const [draft, setDraft] = useState(saved);
  const [result, setResult] = useState<Result>(null);
  const [running, setRunning] = useState(false);
  const getDatabase = useReadyDb();

  const run = async () => {
    setSaved(draft);
    const refused = refuseSql(draft);
    if (refused) {
      setResult({ error: refused });
      return;
    }
    setRunning(true);
    const started = performance.now();
    try {
      const db = await getDatabase();
      const body = draft.trim().replace(/;\s*$/, '');
      const rows = await db.queryReadOnly<Row>(`SELECT * FROM (\n${body}\n) LIMIT ${MAX_ROWS + 1}`).catch(async (error: unknown) => {
        // DESCRIBE, SHOW, SUMMARIZE and EXPLAIN cannot be wrapped in a subquery; run them as they are.
        if (/syntax error/i.test(String(error))) return db.queryReadOnly<Row>(body);
        throw error;
      });
      setResult({ rows, ms: performance.now() - started });
    } catch (error) {
      setResult({ error: error instanceof Error ? error.message.replace(/\n\(in [^\n]*\)$/, '') : String(error) });
    } finally {
      setRunning(false);
    }
  };

  const columns = result && 'rows' in result ? Object.keys(result.rows[0] ?? {}) : [];
  return (
    <Panel
      title="SQL console"
      state="ready"
      description={<p>Read-only queries (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN) over the loaded tables; at most {MAX_ROWS} rows are shown.</p>}
    >
      <label>
        SQL query
        <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={4} spellCheck={false} style={{ width: '100%', fontFamily: 'monospace' }} />
      </label>
      <button type="button" onClick={() => void run()} disabled={running}>
        {running ? 'Running…' : 'Run query'}
      </button>
      {result && 'error' in result ? (
        <p className="panel-error" role="alert">
          {result.error}
        </p>
      ) : null}
      {result && 'rows' in result ? (
        <>
          <p role="status" className="chart-note">
            {result.rows.length > MAX_ROWS ? `First ${MAX_ROWS} rows` : `${result.rows.length} rows`} in {Math.round(result.ms)} ms.
          </p>
          <div style={{ overflowX: 'auto', maxHeight: '24rem' }}>
            <table className="data-table" aria-label="Query result">
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.slice(0, MAX_ROWS).map((row, i) => (
                  <tr key={i}>
                    {columns.map((c) => (
                      <td key={c}>{cell(row[c])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Panel>
  );
}
