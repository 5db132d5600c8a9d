/**
 * Query keys start with the table they read, so an import into a table invalidates
 * exactly the queries that read it: `invalidateQueries({ queryKey: ['sql', table] })`.
 * `params` is null for a query that waits for its parameters (`skipToken`).
 */
export function sqlKey<P extends object | null>(table: string, family: string, params: P) {
  return ['sql', table, family, params] as const;
}

/** The prefix that matches every query reading `table`. */
export function tableKey(table: string) {
  return ['sql', table] as const;
}
