/** Statement kinds the SQL console runs: queries only. */
export const READ_ONLY_KEYWORDS = ['SELECT', 'WITH', 'DESCRIBE', 'SHOW', 'SUMMARIZE', 'EXPLAIN', 'FROM', 'VALUES', 'TABLE', 'PIVOT', 'UNPIVOT'] as const;

/** Remove leading whitespace, `-- line` and `/* block *\/` comments and opening parentheses. */
function leading(sql: string): string {
  let rest = sql;
  for (;;) {
    const next = rest.replace(/^\s+/, '').replace(/^--[^\n]*(\n|$)/, '').replace(/^\/\*[\s\S]*?\*\//, '').replace(/^\(/, '');
    if (next === rest) return rest;
    rest = next;
  }
}

/**
 * Why a console statement is refused, or null. This is the friendly first check only:
 * the statement then runs prepared (so exactly one statement) inside a READ ONLY
 * transaction that is always rolled back, which is what actually keeps the data safe.
 */
export function refuseSql(sql: string): string | null {
  const body = leading(sql);
  if (body === '') return 'Write a query first, e.g. SELECT platform, count(*) FROM signups GROUP BY platform.';
  const keyword = /^[A-Za-z]+/.exec(body)?.[0]?.toUpperCase() ?? '';
  if (!(READ_ONLY_KEYWORDS as readonly string[]).includes(keyword)) {
    return `Only read-only queries run here (${READ_ONLY_KEYWORDS.slice(0, 6).join(', ')}); "${keyword || body.slice(0, 12)}" statements would change the data. Use the Import and Datasets panels to change it.`;
  }
  return null;
}
