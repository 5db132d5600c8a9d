/**
 * Calendar days. DuckDB DATE values arrive as midnight UTC; reading them with local
 * getters would shift them a day west of Greenwich, so everything here is UTC.
 */
export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Date (midnight UTC) of a `YYYY-MM-DD` string. */
export function parseDay(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: "${day}"`);
  return date;
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "14 Dec 2023". */
export function formatDay(date: Date | number): string {
  return dayFormat.format(date);
}

/** "Dec 2023". */
export function formatMonth(date: Date | number): string {
  return monthFormat.format(date);
}
