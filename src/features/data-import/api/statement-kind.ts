import type { Db } from '../../../lib/db/types';
import { messageOf } from '../model/message-of';

/** What DuckDB reads a refused statement as. */
export type StatementKind =
  | { readonly kind: 'several' }
  /** DuckDB refuses even to plan it without write access: it writes to the database. */
  | { readonly kind: 'writes' }
  /** The engine's own name for it: the root of its plan (`DROP`, `INSERT`, `CREATE_TABLE`, `SET`, `COPY_TO_FILE`). */
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'other' };

/** DuckDB's answer when asked to prepare more than one statement. */
const SEVERAL = 'Cannot prepare multiple statements';
/** DuckDB's answer when a statement would write inside a READ ONLY transaction. */
const WRITES = 'transaction is launched in read-only mode';

/** The root operator's name in `EXPLAIN (FORMAT json)` output, or null. */
export function planRootName(explainJson: string): string | null {
  try {
    const plan: unknown = JSON.parse(explainJson);
    const root: unknown = Array.isArray(plan) ? plan[0] : null;
    const name = root !== null && typeof root === 'object' && 'name' in root ? root.name : null;
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
  } catch {
    return null;
  }
}

/**
 * What a statement the console will not run is, to say so: DuckDB plans it in a READ ONLY
 * transaction (EXPLAIN only plans, it never runs the statement): a statement that writes
 * to the database is refused even that, and any other plan's root names it. Several
 * statements cannot be prepared at once, which DuckDB says too.
 */
export async function statementKind(db: Db, sql: string): Promise<StatementKind> {
  try {
    const [explained] = await db.queryReadOnly<{ explain_value: string }>(`EXPLAIN (FORMAT json) ${sql}`);
    const name = explained ? planRootName(explained.explain_value) : null;
    return name ? { kind: 'named', name } : { kind: 'other' };
  } catch (error) {
    const message = messageOf(error);
    if (message.includes(SEVERAL)) return { kind: 'several' };
    return message.includes(WRITES) ? { kind: 'writes' } : { kind: 'other' };
  }
}

const RUNS =
  'queries (SELECT, WITH, FROM, VALUES), DESCRIBE, SHOW, SUMMARIZE, EXPLAIN and PRAGMAs that answer with rows, such as PRAGMA version';

/**
 * The sentence that says why a statement was refused and what runs instead. `firstWord`
 * is the statement's first word as the user wrote it, so the sentence names it in their
 * terms; what the statement is comes from `statement`, DuckDB's reading.
 */
export function refusalOf(statement: StatementKind, firstWord: string): string {
  const written = firstWord === '' ? 'this statement' : `"${firstWord.toUpperCase()}"`;
  switch (statement.kind) {
    case 'several':
      return 'Only one statement runs at a time, and DuckDB reads multiple statements here: run them one by one.';
    case 'writes':
      return `Only read-only queries run here (${RUNS}); ${written} would change the data (DuckDB refuses to plan it without write access). Use the Import and Datasets panels to change the data.`;
    case 'named':
      return `Only read-only queries run here (${RUNS}); ${written} would change the data or the engine's settings (DuckDB plans it as ${statement.name.replaceAll('_', ' ')}). Use the Import and Datasets panels to change the data.`;
    case 'other':
      return `Only read-only queries run here (${RUNS}); DuckDB does not read ${written} as one of them. Use the Import and Datasets panels to change the data.`;
  }
}
