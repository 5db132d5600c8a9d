/** Where in the user's text DuckDB found a problem. */
export interface SqlErrorPosition {
  /** 1-based line of the statement as the user wrote it. */
  readonly line: number;
  /** 1-based column, or null when DuckDB shows only a window of a long line. */
  readonly column: number | null;
  /** DuckDB's excerpt of the line, and a caret under the place. */
  readonly excerpt: string;
}

/** A DuckDB error message split into what went wrong and where. */
export interface SqlErrorParts {
  readonly message: string;
  readonly position: SqlErrorPosition | null;
}

/** DuckDB's context block: a blank line, `LINE n: <text>`, then spaces and a caret. */
const CONTEXT = /\n\nLINE (\d+): ([^\n]*)\n( *)\^/;

/**
 * Split DuckDB's error text into its message and its position. DuckDB appends the line it
 * means as `LINE n: <text>` with a caret under the place, sometimes twice over; the
 * message is kept as DuckDB wrote it and the position is read once. Only positions are
 * read from the text: what kind of error it is stays DuckDB's words.
 */
export function splitSqlError(text: string): SqlErrorParts {
  const match = CONTEXT.exec(text);
  if (!match) return { message: text.trim(), position: null };
  const [, line = '', source = '', pad = ''] = match;
  const offset = pad.length - `LINE ${line}: `.length;
  return {
    message: text.slice(0, match.index).trim(),
    position: {
      line: Number(line),
      column: source.startsWith('...') ? null : offset + 1,
      excerpt: `${source}\n${' '.repeat(Math.max(0, offset))}^`,
    },
  };
}
