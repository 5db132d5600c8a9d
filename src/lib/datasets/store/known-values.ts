import type { Db } from '../../db/types';
import { ident } from '../../sql/ident';
import { SCHEMAS } from './schemas';

/** Every platform and region some loaded table holds. */
export interface KnownValues {
  readonly platforms: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
}

/**
 * The platforms and regions in every live table that has those columns, read from the
 * schemas rather than a list of tables, so a new dataset kind is covered without edits.
 * Every live view exists from start-up on (empty until data arrives).
 */
export async function fetchKnownValues(db: Db): Promise<KnownValues> {
  const selects: string[] = [];
  for (const schema of Object.values(SCHEMAS)) {
    const names = new Set(schema.columns.map((c) => c.name));
    for (const column of ['platform', 'region'] as const) {
      if (names.has(column))
        selects.push(`SELECT DISTINCT '${column}' AS kind, ${ident(column)} AS value FROM ${ident(schema.table)}`);
    }
  }
  const rows = await db.query<{ kind: 'platform' | 'region'; value: string }>(
    `-- datasets/known-values\n${selects.join('\nUNION\n')}`,
  );
  return {
    platforms: new Set(rows.filter((r) => r.kind === 'platform').map((r) => r.value)),
    regions: new Set(rows.filter((r) => r.kind === 'region').map((r) => r.value)),
  };
}
