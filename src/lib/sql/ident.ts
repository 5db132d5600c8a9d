/**
 * The one place SQL identifiers and literals are quoted. Every table or column name
 * that reaches DuckDB goes through `ident`; values are bound as parameters, and
 * `literal` is only for the few spots where DuckDB takes no parameter (file names in
 * `read_csv`, option values in its named arguments).
 */

/** Quote an identifier: wrap in double quotes and double any inner quote. */
export function ident(name: string): string {
  if (name.length === 0) throw new Error('ident: an identifier cannot be empty');
  if (name.includes('\0')) throw new Error('ident: an identifier cannot contain a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quote a string literal: wrap in single quotes and double any inner quote. */
export function literal(value: string): string {
  if (value.includes('\0')) throw new Error('literal: a string literal cannot contain a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}

/** A qualified name such as `main.signups`, each part quoted. */
export function qualified(...parts: string[]): string {
  return parts.map(ident).join('.');
}
