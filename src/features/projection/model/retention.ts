/** Share of a signup cohort still active `day` days after signing up (0 = signup day). */
export interface RetentionPoint {
  readonly day: number;
  readonly share: number;
}

/**
 * Month-one churn used when a platform has neither a retention curve nor an override:
 * Zuckerberg said "more than half" of Threads' first-week signups were not using it three
 * weeks later (internal town hall, 2023-07-27; `share_of_week1_signups_not_retained`).
 * It is a lower bound, so actives drawn with it lean high.
 */
export const FALLBACK_MONTH_ONE_CHURN = 0.5;

/**
 * A daily retention curve r[0..days] from sparse cohort points: linear between points,
 * r(0) = 1 unless given, flat after the last point (the most recent measured share is the
 * best guess for later days; cohorts rarely fall to 0). Throws on shares outside 0–1.
 */
export function retentionFromPoints(points: readonly RetentionPoint[], days: number): Float64Array {
  if (points.length === 0) throw new Error('A retention curve needs at least one point.');
  for (const p of points) {
    if (!Number.isFinite(p.day) || p.day < 0)
      throw new Error(`Retention day offsets must be 0 or more, got ${String(p.day)}.`);
    if (!Number.isFinite(p.share) || p.share < 0 || p.share > 1) {
      throw new Error(`Retention shares must be between 0 and 1, got ${String(p.share)} on day ${p.day}.`);
    }
  }
  const sorted = [...points].sort((a, b) => a.day - b.day);
  if ((sorted[0] as RetentionPoint).day > 0) sorted.unshift({ day: 0, share: 1 });
  const out = new Float64Array(days + 1);
  let j = 0;
  for (let d = 0; d <= days; d++) {
    while (j < sorted.length - 1 && (sorted[j + 1] as RetentionPoint).day <= d) j++;
    const a = sorted[j] as RetentionPoint;
    const b = sorted[j + 1];
    out[d] = b === undefined || d <= a.day ? a.share : a.share + ((b.share - a.share) * (d - a.day)) / (b.day - a.day);
  }
  return out;
}

/**
 * A retention curve from one number, month-one churn c: each cohort shrinks
 * exponentially to 1 − c by day 30, and those still there then stay. A deliberate
 * simplification for when no cohort data exists.
 */
export function retentionFromChurn(monthOneChurn: number, days: number): Float64Array {
  if (!Number.isFinite(monthOneChurn) || monthOneChurn < 0 || monthOneChurn >= 1) {
    throw new Error(`Month-one churn must be at least 0 and below 100%, got ${String(monthOneChurn)}.`);
  }
  const kept = 1 - monthOneChurn;
  const out = new Float64Array(days + 1);
  for (let d = 0; d <= days; d++) out[d] = Math.max(kept, kept ** (d / 30));
  return out;
}

/**
 * Active users from cumulative adopters: each day's new adopters, each weighted by the
 * retention for their age (a discrete convolution). `cumulative[d]` is adopters by day d;
 * the result has the same length. Adopters of day d (those between d − 1 and d) are of
 * age 0 on day d.
 */
export function activeUsers(cumulative: ArrayLike<number>, retention: ArrayLike<number>): Float64Array {
  const n = cumulative.length;
  if (retention.length < n)
    throw new Error(`The retention curve covers ${retention.length} days, but ${n} are needed.`);
  // Launch bursts add nearly everyone in the first days; skipping days that add nothing
  // measurable (below 1e-12 of the total) makes the convolution near-linear for them,
  // which matters because the band runs it once per bootstrap sample.
  const total = Math.abs(n > 0 ? (cumulative[n - 1] as number) : 0);
  const days: number[] = [];
  const amounts: number[] = [];
  for (let d = 0; d < n; d++) {
    const added = (cumulative[d] as number) - (d > 0 ? (cumulative[d - 1] as number) : 0);
    if (Math.abs(added) > total * 1e-12) {
      days.push(d);
      amounts.push(added);
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < days.length; i++) {
    const s = days[i] as number;
    const a = amounts[i] as number;
    for (let d = s; d < n; d++) out[d] = (out[d] as number) + a * (retention[d - s] as number);
  }
  return out;
}
