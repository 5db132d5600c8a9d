import { DataTable } from '../../../lib/ui/data-table';
import { Panel } from '../../../lib/ui/panel';
import { MAX_ROWS, type SqlResult } from '../api/run-sql';
import { useSqlConsole, type SqlOutcome } from '../hooks/use-sql-console';

function cell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Read-only SQL over the loaded tables; the query lives in the URL so a link shares it. */
export function SqlConsole() {
  const sql = useSqlConsole();
  return (
    <Panel
      title="SQL console"
      state="ready"
      description={
        <p>
          Read-only queries (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PRAGMA version) over the loaded tables;
          at most {MAX_ROWS} rows are shown. Ctrl+Enter (⌘+Enter) runs the query.
        </p>
      }
    >
      <label>
        SQL query
        <textarea
          value={sql.draft}
          onChange={(e) => sql.setDraft(e.target.value)}
          onKeyDown={sql.onEditorKeyDown}
          rows={4}
          spellCheck={false}
          style={{ width: '100%', fontFamily: 'monospace' }}
        />
      </label>
      <button type="button" onClick={sql.run} disabled={sql.running}>
        {sql.running ? 'Running…' : 'Run query'}
      </button>
      {sql.notInLink ? (
        <p className="chart-note" role="status">
          This query is too long for a link (over 4 KB), so it is not part of the page&apos;s address: copy the query
          itself to share it.
        </p>
      ) : null}
      <Outcome outcome={sql.outcome} />
    </Panel>
  );
}

function Outcome({ outcome }: { outcome: SqlOutcome }) {
  switch (outcome.kind) {
    case 'none':
      return null;
    case 'refused':
      return (
        <p className="panel-error" role="alert">
          {outcome.message}
        </p>
      );
    case 'error':
      return (
        <div className="panel-error" role="alert">
          <p>
            {outcome.message}
            {outcome.position
              ? ` (line ${outcome.position.line}${outcome.position.column === null ? '' : `, column ${outcome.position.column}`})`
              : ''}
          </p>
          {outcome.position ? <pre aria-label="Where">{outcome.position.excerpt}</pre> : null}
        </div>
      );
    case 'rows':
      return <ResultTable result={outcome.result} />;
  }
}

function ResultTable({ result }: { result: SqlResult }) {
  const { rows, total, ms } = result;
  const columns = Object.keys(rows[0] ?? {}).map((c) => ({
    id: c,
    header: c,
    cell: (row: Record<string, unknown>) => cell(row[c]),
  }));
  const count =
    total > rows.length
      ? `The first ${rows.length.toLocaleString('en')} of ${total.toLocaleString('en')} rows`
      : `${total.toLocaleString('en')} row${total === 1 ? '' : 's'}`;
  return (
    <>
      <p role="status" className="chart-note">
        {count} in {Math.round(ms)} ms.
      </p>
      <DataTable label="Query result" columns={columns} rows={rows} rowKey={(_, i) => i} />
    </>
  );
}
