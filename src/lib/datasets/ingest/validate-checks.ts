import { ident, literal } from '../../sql/ident';
import { columnExpr, sourceName, sourceTypes, stagedTable, stagingTable, type StagedCsv } from './stage';
import type { ColumnMap } from './mapping';

// The SQL checks validation runs over a staged file: per-row checks (types, domain rules,
// dates) and duplicate keys, within the file and against what is loaded.

/** Dates before this are refused: every platform here started later (Twitter in March 2006). */
export const EARLIEST_DATE = '2006-01-01';

export interface ValidateOptions {
  /** Check values against the schema's domain rules, dates and duplicate keys (imports), not just types. */
  readonly domain: boolean;
  /** "Today" for the no-future-dates check; fixed in tests. */
  readonly today?: Date;
  /** How many problems to describe; every bad row is still excluded. */
  readonly limit?: number;
  /** A loaded dataset the duplicate check leaves out: the one this file replaces. */
  readonly except?: string;
}

export interface Check {
  readonly when: string;
  readonly column: string;
  /** SQL expression producing the reason text. */
  readonly reason: string;
  /** SQL expression naming the column, when it varies by row (a reshaped file's own problems). */
  readonly columnSql?: string;
}

const sqlText = (text: string) => literal(text);

export function rowChecks(staged: StagedCsv, options: ValidateOptions, today: string): Check[] {
  const { schema, columns, fieldCount } = staged.request;
  const expr = new Map(columns.map((c) => [c.column, columnExpr(schema, c, fieldCount)]));
  const e = (name: string) => expr.get(name) ?? 'NULL';
  // A shape found its own problems while reshaping (a timestamp that does not parse, a share over 100%).
  const checks: Check[] = staged.reshaped
    ? [{ when: '__problem IS NOT NULL', column: '', columnSql: '__problem_column', reason: '__problem' }]
    : [];
  const types = sourceTypes(columns, fieldCount);
  for (const map of columns) {
    const spec = schema.columns.find((c) => c.name === map.column);
    if (!spec || map.source === null) continue;
    if (types[map.source] !== spec.type) {
      const field = ident(sourceName(map.source));
      checks.push({
        when: `${field} IS NOT NULL AND ${columnExpr(schema, map, fieldCount)} IS NULL`,
        column: spec.name,
        reason: `format('"{}" cannot be read as {} for "{}"; choose another type or fix the value.', CAST(${field} AS VARCHAR), ${sqlText(spec.type)}, ${sqlText(spec.name)})`,
      });
    }
  }
  for (const spec of schema.columns.filter((c) => c.required)) {
    // The raw field: a value that is there but does not convert is reported above, not as empty.
    const source = columns.find((c) => c.column === spec.name)?.source;
    const raw = source === null || source === undefined ? e(spec.name) : ident(sourceName(source));
    checks.push({
      when: staged.reshaped ? `${raw} IS NULL AND __problem IS NULL` : `${raw} IS NULL`,
      column: spec.name,
      reason: sqlText(`required value "${spec.name}" is empty`),
    });
  }
  for (const rule of schema.rules) {
    if (rule.kind !== 'any-of') continue;
    const [first = ''] = rule.columns;
    checks.push({
      // A reshaped row whose value the shape could not read already says why.
      when: [...rule.columns.map((c) => `${e(c)} IS NULL`), ...(staged.reshaped ? ['__problem IS NULL'] : [])].join(
        ' AND ',
      ),
      column: first,
      reason: sqlText(`${rule.columns.map((c) => `"${c}"`).join(' and ')} are all empty; give at least one of them.`),
    });
  }
  if (!options.domain) return checks;
  for (const rule of schema.rules) {
    if (rule.kind === 'any-of') continue;
    if (rule.kind === 'non-negative') {
      checks.push({
        when: `${e(rule.column)} < 0`,
        column: rule.column,
        reason: `format('"{}" is negative ({}); counts cannot be below zero.', ${sqlText(rule.column)}, CAST(${e(rule.column)} AS VARCHAR))`,
      });
    } else {
      checks.push({
        when: `${e(rule.column)} > ${e(rule.than)}`,
        column: rule.column,
        reason: `format('"{}" ({}) is greater than "{}" ({}); a cohort cannot retain more users than it had.', ${sqlText(rule.column)}, CAST(${e(rule.column)} AS VARCHAR), ${sqlText(rule.than)}, CAST(${e(rule.than)} AS VARCHAR))`,
      });
    }
  }
  for (const spec of schema.columns.filter((c) => c.type === 'DATE')) {
    checks.push({
      when: `${e(spec.name)} < DATE ${literal(EARLIEST_DATE)}`,
      column: spec.name,
      reason: `format('{} is before 2006, earlier than any platform here; check the date format (day and month swapped?).', CAST(${e(spec.name)} AS VARCHAR))`,
    });
    checks.push({
      when: `${e(spec.name)} > DATE ${literal(today)}`,
      column: spec.name,
      reason: `format('{} is in the future (after {}); check the date and its format.', CAST(${e(spec.name)} AS VARCHAR), ${sqlText(today)})`,
    });
  }
  return checks;
}

/**
 * Duplicate keys within the file (every repeat after the first) and against the live view
 * (every loaded dataset but `except`, the one a replacing file takes the place of).
 */
export function duplicateChecks(staged: StagedCsv, except?: string): string[] {
  const { schema, columns, fieldCount } = staged.request;
  if (schema.key.length === 0) return [];
  const problems = stagedTable(staged, staged.names.problems);
  const staging = stagingTable(staged);
  const keyMaps = schema.key
    .map((k) => columns.find((c) => c.column === k))
    .filter((c): c is ColumnMap => c !== undefined);
  const keyExprs = keyMaps.map((m) => columnExpr(schema, m, fieldCount));
  const keyList = schema.key.join(', ');
  const firstKey = schema.key[0] ?? 'key';
  const keyed = `SELECT rowid AS row_id, ${keyExprs.map((x, i) => `${x} AS k${i}`).join(', ')} FROM ${staging}`;
  const same = (a: string, b: string) =>
    keyExprs.map((_, i) => `${a}.k${i} IS NOT DISTINCT FROM ${b}.k${i}`).join(' AND ');
  const statements = [
    `INSERT INTO ${problems}
     WITH s AS (${keyed}), firsts AS (SELECT min(row_id) AS first_row, ${keyExprs.map((_, i) => `k${i}`).join(', ')} FROM s GROUP BY ALL HAVING count(*) > 1)
     SELECT s.row_id, ${literal(firstKey)}, ${literal(`duplicate of an earlier row with the same ${keyList}; remove one of them.`)}
     FROM s JOIN firsts f ON ${same('s', 'f')} WHERE s.row_id <> f.first_row`,
  ];
  const others = except === undefined ? '' : ` WHERE dataset_id <> ${literal(except)}`;
  const live = `SELECT dataset_id, ${schema.key.map((k, i) => `${ident(k)} AS k${i}`).join(', ')} FROM ${ident(schema.table)}${others}`;
  statements.push(
    `INSERT INTO ${problems}
     WITH s AS (${keyed}), l AS (${live})
     SELECT s.row_id, ${literal(firstKey)}, format(${literal(`already loaded: the same ${keyList} is in dataset "{}"; remove that dataset first or leave this row out.`)}, any_value(l.dataset_id))
     FROM s JOIN l ON ${same('s', 'l')} GROUP BY s.row_id`,
  );
  return statements;
}
