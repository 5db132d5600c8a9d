/**
 * Uptake's one placeholder style is DuckDB's positional `$n`: a value bound once can be
 * read several times in a statement (`$1` in a CTE and again in the outer query), and a
 * builder that adds values as it goes never has to count question marks. Values always
 * travel as bound parameters, never spliced into the SQL text.
 */

/** Values that can be bound as query parameters. Dates bind as ISO `YYYY-MM-DD` days. */
export type SqlValue = string | number | boolean | null | Date;

/** The placeholders of `count` parameters numbered from `start`: `placeholders(3, 3)` is `$3, $4, $5`. */
export function placeholders(count: number, start = 1): string {
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`placeholders: expected a count of 0 or more, got ${count}`);
  if (!Number.isInteger(start) || start < 1)
    throw new Error(`placeholders: parameters are numbered from 1, got ${start}`);
  return Array.from({ length: count }, (_, i) => `$${start + i}`).join(', ');
}

/**
 * Collects bound parameters and hands out their placeholders, so a query can carry a
 * variable number of values (one per selected platform) without splicing any in.
 * Pass `values` with the SQL: `db.query(sql, params.values)`.
 */
export class ParamList {
  readonly values: SqlValue[] = [];

  /** The placeholder of a new parameter. */
  add(value: SqlValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A DuckDB INTEGER parameter (JS numbers bind as DOUBLE). */
  int(value: number): string {
    if (!Number.isInteger(value)) throw new Error(`expected an integer parameter, got ${value}`);
    return `${this.add(value)}::INTEGER`;
  }

  /** Placeholders of several new parameters, comma-separated, for `IN (…)`. Empty for none. */
  list(values: readonly SqlValue[]): string {
    const start = this.values.length + 1;
    this.values.push(...values);
    return placeholders(values.length, start);
  }
}
