const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** 130000000 → "130M". */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** 130000000 → "130,000,000". */
export function formatFull(value: number): string {
  return full.format(value);
}

/** 0.79 → "79%". */
export function formatPercent(fraction: number): string {
  return percent.format(fraction);
}

/** 1 → "1 platform", 1234 → "1,234 rows": a count with thousands separators and its noun in the right number. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${full.format(count)} ${count === 1 ? singular : plural}`;
}
