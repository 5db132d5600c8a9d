import type { PeriodUnit, RetentionExportShape } from './shape-types';

/**
 * Reading a retention export's header: which column is the cohort, which the cohort size,
 * and which period each other column holds (`Day 3`, `Week 0`, `Month 2`, Mixpanel's
 * `< 1 Day`). Pure text, so the detector and its tests need no engine.
 */

/** A header cell as the tools write it: Amplitude prefixes a tab, some tools star incomplete columns. */
export const cleanHeader = (name: string): string => name.replace(/[\t*]/g, ' ').trim();

/** What a column header names: a period of a unit, a period header whose number is missing, or neither. */
export type HeaderKind =
  | { readonly kind: 'period'; readonly unit: PeriodUnit; readonly period: number }
  | { readonly kind: 'bad-period'; readonly unit: PeriodUnit }
  | { readonly kind: 'other' };

const UNIT_WORDS: Readonly<Record<string, PeriodUnit>> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
};

/**
 * The period a header names. `Day 7`, `Week 0`, `Month 2`, `Day 7 (%)`; Mixpanel's
 * `< 1 Day` and calendar `< Week 1` are period 0 (within the first day or week). A header
 * that starts with a unit word but has no whole number (`Day x`, `Week 1.5`) is a bad
 * period header: the import reports it rather than dropping the column silently.
 */
export function readPeriodHeader(raw: string): HeaderKind {
  const name = cleanHeader(raw).toLowerCase();
  const within = /^<\s*(?:1\s+(day|week|month)s?|(day|week|month)s?\s+1)$/.exec(name);
  if (within) {
    const unit = UNIT_WORDS[within[1] ?? within[2] ?? ''];
    if (unit) return { kind: 'period', unit, period: 0 };
  }
  const period = /^(day|week|month)s?\s*(\d+)(?:\s*\(%\))?$/.exec(name);
  if (period) {
    const unit = UNIT_WORDS[period[1] ?? ''];
    if (unit) return { kind: 'period', unit, period: Number(period[2]) };
  }
  const word = /^(days?|weeks?|months?)\b/.exec(name);
  const unit = word ? UNIT_WORDS[word[1] ?? ''] : undefined;
  return unit ? { kind: 'bad-period', unit } : { kind: 'other' };
}

/** Headers of a cohort-size column, as the tools and analysts name it. */
const SIZE_NAMES = new Set([
  'cohort size',
  'size',
  'users',
  'total users',
  'new users',
  'people',
  'persons',
  'cohort users',
  'count',
  'total',
]);

/** Whether a header names the cohort size. */
export const isSizeHeader = (raw: string): boolean => SIZE_NAMES.has(cleanHeader(raw).toLowerCase());

/** A cohort label that starts with a day: ISO (`2024-01-01`, a timestamp, a range), `Jan 1, 2024`, `1/7/2024`. */
const DATE_LABEL = /^(\d{4}-\d{1,2}-\d{1,2}|[A-Za-z]{3,9}\.?\s+\d{1,2}\b|\d{1,2}\/\d{1,2}\/\d{4})/;

/** Whether a cohort cell looks like a date label. */
export const looksLikeCohortLabel = (raw: string): boolean => DATE_LABEL.test(cleanHeader(raw));

/** Summary rows the tools append (Mixpanel's `Average`): not cohorts, skipped. */
export const SUMMARY_LABELS: readonly string[] = [
  'average',
  'avg',
  'overall',
  'total',
  'all cohorts',
  'weighted average',
];

/** Whether a cohort cell is a summary row's label. */
export const isSummaryLabel = (raw: string): boolean => SUMMARY_LABELS.includes(cleanHeader(raw).toLowerCase());

/** A cell's value as a number (tabs, `*`, spaces and `,` thousands stripped), or null; `%` noted. */
export function readCell(raw: string): { value: number; percent: boolean } | null {
  const text = raw.replace(/[\t*\s\u00a0]/g, '');
  const percent = text.endsWith('%');
  const digits = (percent ? text.slice(0, -1) : text).replace(
    /^(\d{1,3}(?:,\d{3})+)(\.\d+)?$/,
    (_, a: string, b) => a.replace(/,/g, '') + ((b as string | undefined) ?? ''),
  );
  if (!/^\d+(\.\d+)?$/.test(digits)) return null;
  return { value: Number(digits), percent };
}

/** What the detector found in the header, before values are looked at. */
export interface HeaderLayout {
  readonly cohort: number;
  readonly size: number | null;
  readonly periods: RetentionExportShape['periods'];
  readonly unit: PeriodUnit;
  /** Period headers without a period number: the import reports them (header problems). */
  readonly badPeriods: readonly number[];
  /** Other columns, not imported (the card says so). */
  readonly ignored: readonly number[];
}

/**
 * The layout of a wide cohort table: the first column is the cohort label, an optional
 * size column follows, then at least two period columns of one unit. Null when the header
 * is not such a table (Uptake's own `retention` columns have no period headers).
 */
export function readLayout(header: readonly string[]): HeaderLayout | null {
  const kinds = header.map(readPeriodHeader);
  const periodAt = kinds.flatMap((k, i) => (k.kind === 'period' ? [{ i, k }] : []));
  const first = periodAt[0];
  if (periodAt.length < 2 || !first || first.i === 0) return null;
  const unit = first.k.unit;
  if (periodAt.some((p) => p.k.unit !== unit)) return null;
  const sizeAt = header.findIndex((h, i) => i > 0 && i < first.i && isSizeHeader(h));
  const size = sizeAt === -1 ? null : sizeAt;
  const periods = periodAt.map((p) => ({ source: p.i, period: p.k.period }));
  const badPeriods = kinds.flatMap((k, i) => (k.kind === 'bad-period' ? [i] : []));
  const ignored = header
    .map((_, i) => i)
    .filter((i) => i !== 0 && i !== size && kinds[i]?.kind === 'other' && cleanHeader(header[i] ?? '') !== '');
  return { cohort: 0, size, periods, unit, badPeriods, ignored };
}
