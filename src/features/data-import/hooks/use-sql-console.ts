import { useState, type KeyboardEvent } from 'react';
import { useUrlParam, useUrlParamDropped } from '../../../lib/url/use-url-param';
import { SqlRefused, useRunSql, type SqlResult } from '../api/run-sql';
import { messageOf } from '../model/message-of';
import { splitSqlError, type SqlErrorPosition } from '../model/sql-error';
import { sqlParam } from '../url-params';

/** What the console shows under the editor. */
export type SqlOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'rows'; readonly result: SqlResult }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string; readonly position: SqlErrorPosition | null };

/** The console's state: the text being edited, whether it runs, its outcome, and whether the link carries it. */
export interface SqlConsole {
  readonly draft: string;
  readonly setDraft: (text: string) => void;
  readonly run: () => void;
  /** Ctrl+Enter (Cmd+Enter on a Mac) runs the query from the editor. */
  readonly onEditorKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  readonly running: boolean;
  readonly outcome: SqlOutcome;
  /** The query is too long to be part of the page's link. */
  readonly notInLink: boolean;
}

function outcomeOf(error: unknown): SqlOutcome {
  if (error instanceof SqlRefused) return { kind: 'refused', message: error.message };
  const { message, position } = splitSqlError(messageOf(error));
  return { kind: 'error', message, position };
}

/** Read-only SQL over the loaded tables; the query lives in the URL (while it fits) so a link shares it. */
export function useSqlConsole(): SqlConsole {
  const [saved, setSaved] = useUrlParam(sqlParam);
  const notInLink = useUrlParamDropped(sqlParam);
  const [draft, setDraft] = useState(saved);
  const mutation = useRunSql();
  const run = () => {
    setSaved(draft);
    mutation.mutate(draft);
  };
  const outcome: SqlOutcome = mutation.isSuccess
    ? { kind: 'rows', result: mutation.data }
    : mutation.isError
      ? outcomeOf(mutation.error)
      : { kind: 'none' };
  return {
    draft,
    setDraft,
    run,
    onEditorKeyDown: (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      if (!mutation.isPending) run();
    },
    running: mutation.isPending,
    outcome,
    notInLink,
  };
}
