import { formatFull } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import type { AdoptionSnapshot } from '../api/adoption-snapshot';

/** The rows of one of the landing view's queries that the snapshot and the engine disagree on. */
export interface SnapshotDifference {
  /** What the rows are, as a reader names them ("figures", "events"). */
  readonly what: string;
  /** Rows in the snapshot the engine did not return, described. */
  readonly onlySnapshot: readonly string[];
  /** Rows the engine returned that the snapshot lacks, described. */
  readonly onlyLive: readonly string[];
  /**
   * Rows both have under the same description but with other fields changed, each with
   * what changed: "X 1 Jan 2024: … (days_since_launch 180 in the snapshot, none live)".
   */
  readonly changed: readonly string[];
}

type Rows = Omit<AdoptionSnapshot, 'takenAt'>;

/** A row as comparable text: every field, dates as their instant, keys in a fixed order. */
function canonical(row: object): string {
  const entries = Object.entries(row)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v] as const);
  return JSON.stringify(entries);
}

/** The same rows in the same order, every field equal (dates as their instant). */
export function sameRows(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && a.every((row, i) => canonical(row) === canonical(b[i] ?? {}));
}

/** Rows of `a` not matched one for one by an equal row of `b`. */
function unmatched<T extends object>(a: readonly T[], b: readonly T[]): T[] {
  const left = new Map<string, number>();
  for (const row of b) left.set(canonical(row), (left.get(canonical(row)) ?? 0) + 1);
  return a.filter((row) => {
    const key = canonical(row);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    return n === 0;
  });
}

const FAMILIES: readonly {
  readonly key: keyof Rows;
  readonly what: string;
  readonly describe: (row: never) => string;
}[] = [
  {
    key: 'series',
    what: 'figures',
    describe: (p: Rows['series'][number]) =>
      `${p.platform} ${formatDay(p.date)}: ${formatFull(p.value)} (${p.vendor}, ${p.coverage})`,
  },
  { key: 'events', what: 'events', describe: (e: Rows['events'][number]) => `${e.label}, ${formatDay(e.event_date)}` },
  {
    key: 'coverage',
    what: 'platform coverage',
    describe: (c: Rows['coverage'][number]) => `${c.platform} ${c.measure} in ${c.region}: ${c.points}`,
  },
  {
    key: 'regions',
    what: 'regions',
    describe: (r: Rows['regions'][number]) => `${r.region} ${r.measure ?? '(events only)'}: ${r.points}`,
  },
];

/**
 * Where the engine's rows differ from the build-time snapshot's, query by query, each row
 * compared whole (every field, as many times as it occurs). Empty when they are the same.
 */
export function diffSnapshot(snapshot: Rows, live: Rows): SnapshotDifference[] {
  return FAMILIES.flatMap(({ key, what, describe }) => {
    const a = unmatched<object>(snapshot[key], live[key]);
    const b = unmatched<object>(live[key], snapshot[key]);
    const text = (r: object) => describe(r as never);
    // A row each side describes alike differs in a field the description leaves out: pair them.
    const changed: string[] = [];
    const onlyLive = [...b];
    const onlySnapshot = a.filter((row) => {
      const i = onlyLive.findIndex((other) => text(other) === text(row));
      if (i < 0) return true;
      changed.push(`${text(row)} (${fieldChanges(row, onlyLive[i] ?? {})})`);
      onlyLive.splice(i, 1);
      return false;
    });
    return a.length + b.length > 0
      ? [{ what, onlySnapshot: onlySnapshot.map(text), onlyLive: onlyLive.map(text), changed }]
      : [];
  });
}

const shown = (v: unknown) =>
  v === null || v === undefined ? 'none' : v instanceof Date ? v.toISOString() : String(v);

/** The fields two rows disagree on: "days_since_launch 180 in the snapshot, none live". */
function fieldChanges(snapshotRow: object, liveRow: object): string {
  const a = snapshotRow as Record<string, unknown>;
  const b = liveRow as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => shown(a[k]) !== shown(b[k]))
    .map((k) => `${k} ${shown(a[k])} in the snapshot, ${shown(b[k])} live`)
    .join('; ');
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The differences in one sentence each, naming at most `max` rows of each side. */
export function describeDifferences(differences: readonly SnapshotDifference[], max = 3): string[] {
  const list = (rows: readonly string[]) =>
    rows.slice(0, max).join('; ') + (rows.length > max ? `; and ${rows.length - max} more` : '');
  return differences.map(
    (d) =>
      [
        d.onlySnapshot.length > 0 ? `${capital(d.what)} only in the snapshot: ${list(d.onlySnapshot)}` : null,
        d.onlyLive.length > 0 ? `${capital(d.what)} only in the engine: ${list(d.onlyLive)}` : null,
        d.changed.length > 0 ? `${capital(d.what)} changed: ${list(d.changed)}` : null,
      ]
        .filter((s) => s !== null)
        .join('. ') + '.',
  );
}
