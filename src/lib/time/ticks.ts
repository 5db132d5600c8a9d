/**
 * Calendar ticks for a time axis: the first day of every 1, 3, 6 or 12 months (or
 * several years), whichever gives at most `maxTicks`. Recharts' own ticks on a time
 * scale land on arbitrary days and can repeat, so the app supplies its own.
 */
const STEPS_MONTHS = [1, 3, 6, 12, 24, 60] as const;

export function monthTicks(minMs: number, maxMs: number, maxTicks = 8): number[] {
  if (!Number.isFinite(minMs) || !Number.isFinite(maxMs) || maxMs < minMs) return [];
  const start = new Date(minMs);
  const startMonth = start.getUTCFullYear() * 12 + start.getUTCMonth();
  const end = new Date(maxMs);
  const endMonth = end.getUTCFullYear() * 12 + end.getUTCMonth();
  const span = endMonth - startMonth + 1;
  const step: number = STEPS_MONTHS.find((s) => span / s <= maxTicks) ?? 60;
  const ticks: number[] = [];
  // Align to multiples of the step (quarters start in Jan/Apr/Jul/Oct, years in January).
  for (let m = Math.ceil(startMonth / step) * step; m <= endMonth; m += step) {
    const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (t >= minMs && t <= maxMs) ticks.push(t);
  }
  return ticks;
}

/** Day offsets a reader knows: a week, two, a month, a quarter, half a year, a year, two, three. */
const ROUND_DAYS = [0, 7, 14, 30, 60, 90, 180, 365, 730, 1095] as const;

/**
 * Ticks for an axis of days since an event, from 0 to `maxDay`: round offsets (0, 7, 14,
 * 30, 60, 90, 180, 365 …) no closer than a `maxTicks`-th of the range, so labels never
 * crowd, keeping the largest that fits and 0. Short ranges (under a week or two) get
 * every day or every other day.
 */
export function dayTicks(maxDay: number, maxTicks = 8): number[] {
  if (!Number.isFinite(maxDay) || maxDay <= 0) return [0];
  const minGap = maxDay / maxTicks;
  const candidates = ROUND_DAYS.filter((d) => d > 0 && d <= maxDay).reverse();
  const kept: number[] = [];
  for (const day of candidates) {
    const above = kept[kept.length - 1];
    if ((above === undefined || above - day >= minGap) && day >= minGap) kept.push(day);
  }
  if (kept.length < 2) {
    const step = Math.max(1, Math.ceil(maxDay / maxTicks));
    return Array.from({ length: Math.floor(maxDay / step) + 1 }, (_, i) => i * step);
  }
  return [0, ...kept.reverse()];
}
