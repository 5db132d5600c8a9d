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
