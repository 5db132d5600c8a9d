/**
 * Where a statement's own text starts and what its first words are, for routing only: the
 * console asks the engine whether a statement reads or writes (see api/run-sql.ts), and
 * these helpers only find which of the engine's checks applies. Any text they do not
 * recognise is refused, never run.
 */

/** The text after leading whitespace and `--` / `/* *\/` comments. */
export function skipComments(sql: string): string {
  let rest = sql;
  for (;;) {
    const next = rest
      .replace(/^\s+/, '')
      .replace(/^--[^\n]*(\n|$)/, '')
      .replace(/^\/\*[\s\S]*?\*\//, '');
    if (next === rest) return rest;
    rest = next;
  }
}

/**
 * The statement an `EXPLAIN` describes (after `EXPLAIN`, `ANALYZE` and a parenthesised
 * option list), or null when `sql` is not an EXPLAIN. `EXPLAIN ANALYZE` runs that
 * statement, so it must pass the same check as any other.
 */
export function explainTarget(sql: string): string | null {
  const match = /^EXPLAIN\s+(?:ANALY[SZ]E\s+)?(?:VERBOSE\s+)?(?:\([^()]*\)\s*)?/i.exec(skipComments(sql));
  if (!match) return null;
  return skipComments(sql).slice(match[0].length);
}

/**
 * The name of a `PRAGMA name` or `PRAGMA name(arguments)`, or null. An assignment
 * (`PRAGMA threads = 1`) is a setting and gets no name, so it is refused.
 */
export function pragmaName(sql: string): string | null {
  const match = /^PRAGMA\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(|;?\s*$)/i.exec(skipComments(sql));
  return match?.[1]?.toLowerCase() ?? null;
}

/** The statement's first word as written (`DROP`), for messages; empty when it starts otherwise. */
export function firstWord(sql: string): string {
  return /^[A-Za-z]+/.exec(skipComments(sql))?.[0] ?? '';
}
