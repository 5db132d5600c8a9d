import type { DatasetSchema } from '../store/schemas';

/** How a column the file lacks is filled: one value for every row, or a copy of another file column. */
export type DefaultFill =
  | { readonly column: string; readonly constant: string; readonly why: string }
  | { readonly column: string; readonly source: number; readonly why: string };

/** Header names that say which adoption metric a value column holds, and what the chart groups it under. */
const METRIC_COLUMNS: Readonly<Record<string, { readonly metric: string; readonly measure: string }>> = {
  mau: { metric: 'MAU', measure: 'MAU' },
  dau: { metric: 'DAU', measure: 'DAU' },
  mdau: { metric: 'mDAU', measure: 'mDAU' },
  signups: { metric: 'signups_cumulative', measure: 'registered' },
  signups_cumulative: { metric: 'signups_cumulative', measure: 'registered' },
  registered_accounts: { metric: 'registered_accounts', measure: 'registered' },
};

/** The adoption metric a column's name says it holds (`MAU`, `dau`, `Registered accounts`), or undefined. */
export function metricOfColumn(name: string): { readonly metric: string; readonly measure: string } | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return Object.hasOwn(METRIC_COLUMNS, key) ? METRIC_COLUMNS[key] : undefined;
}

/** Header names of a series' date column when it is not called `date`. */
export const PERIOD_COLUMNS: readonly string[] = ['day', 'month', 'quarter', 'year', 'period', 'week'];

/** A file's name without its folder and last extension ("my-app.csv" → "my-app"). */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim() || 'Imported';
}

/**
 * What an import fills in for the schema columns its file lacks, so a file with only the
 * columns that carry information imports in one click. `header` holds the file's column
 * names already normalised (lower case, `_` for spaces). Only columns the file does not
 * name get a default; each says why, for the card to list.
 */
export function importDefaults(schema: DatasetSchema, header: readonly string[], fileName: string): DefaultFill[] {
  const has = (name: string) => header.includes(name);
  const fills: DefaultFill[] = [];
  const add = (fill: DefaultFill) => {
    if (schema.columns.some((c) => c.name === fill.column) && !has(fill.column)) fills.push(fill);
  };
  add({ column: 'platform', constant: baseName(fileName), why: "the file's name" });
  add({ column: 'source', constant: `imported from ${fileName}`, why: 'the file it came from' });
  add({ column: 'basis', constant: 'company', why: "a platform's own figures" });
  add({ column: 'region', constant: 'global', why: 'no region column' });
  // Imports are records of what happened, never Uptake's models.
  add({ column: 'kind', constant: 'reported', why: 'imported figures are reported' });
  const region = header.indexOf('region');
  add(
    region === -1
      ? { column: 'coverage', constant: 'global', why: 'no region column' }
      : { column: 'coverage', source: region, why: 'the region column' },
  );
  if (schema.kind === 'signups' && !has('date')) {
    const index = header.findIndex((h) => PERIOD_COLUMNS.includes(h));
    if (index !== -1) fills.push({ column: 'date', source: index, why: `the column "${header[index] as string}"` });
  }
  if (schema.kind === 'signups' && !has('value')) {
    const index = header.findIndex((h) => h in METRIC_COLUMNS);
    const found = index === -1 ? undefined : METRIC_COLUMNS[header[index] as string];
    if (found) {
      const named = `the column "${header[index] as string}"`;
      fills.push({ column: 'value', source: index, why: `${named} holds the figures` });
      add({ column: 'metric', constant: found.metric, why: named });
      add({ column: 'measure', constant: found.measure, why: named });
    }
  }
  return fills;
}
