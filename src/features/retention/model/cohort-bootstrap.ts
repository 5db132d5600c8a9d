/** One cohort's counts at one day offset. */
export interface CohortCount {
  /** Identifies the cohort (its region and first day). */
  readonly cohort: string;
  readonly day: number;
  readonly size: number;
  readonly active: number;
}

/** The band of one day: the curve's value, and the central interval of its replicates. */
export interface VariationPoint {
  readonly day: number;
  readonly rate: number;
  readonly low: number;
  readonly high: number;
}

export interface BootstrapOptions {
  readonly replicates?: number;
  /** Central share of the replicates the band covers (0.95 by default). */
  readonly level?: number;
  /** Fixed, so the same data always draws the same band. */
  readonly seed?: number;
}

/** mulberry32: a small seeded generator, so bands do not flicker between renders. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (at - lo);
}

/**
 * Cohort-to-cohort variation of a pooled curve: draw the cohorts with replacement, pool
 * each draw exactly as the curve is pooled (active users over cohort users, so a big
 * cohort weighs more), and take the central `level` of the draws per day. A cohort not
 * observed at a day is out of that day's pool, as in the curve. This is sampling of
 * cohorts, not of users: it shows how much the curve depends on which cohorts it has.
 */
export function cohortBootstrap(counts: readonly CohortCount[], options: BootstrapOptions = {}): VariationPoint[] {
  const { replicates = 200, level = 0.95, seed = 1 } = options;
  const cohorts = [...new Set(counts.map((c) => c.cohort))];
  const index = new Map(cohorts.map((c, i) => [c, i]));
  const byDay = new Map<number, { cohort: number; size: number; active: number }[]>();
  for (const c of counts) {
    const list = byDay.get(c.day) ?? [];
    list.push({ cohort: index.get(c.cohort)!, size: c.size, active: c.active });
    byDay.set(c.day, list);
  }
  // Each replicate is a count of draws per cohort; every day reads the same draws.
  const next = random(seed);
  const draws = Array.from({ length: replicates }, () => {
    const times = new Float64Array(cohorts.length);
    for (let i = 0; i < cohorts.length; i++) times[Math.floor(next() * cohorts.length)]! += 1;
    return times;
  });
  const tail = (1 - level) / 2;
  return [...byDay.keys()]
    .sort((a, b) => a - b)
    .flatMap((day) => {
      const rows = byDay.get(day)!;
      const users = rows.reduce((s, r) => s + r.size, 0);
      if (!(users > 0)) return [];
      const values: number[] = [];
      for (const times of draws) {
        let active = 0;
        let size = 0;
        for (const r of rows) {
          active += times[r.cohort]! * r.active;
          size += times[r.cohort]! * r.size;
        }
        // A draw without any cohort observed that day says nothing about it.
        if (size > 0) values.push(active / size);
      }
      values.sort((a, b) => a - b);
      const rate = rows.reduce((s, r) => s + r.active, 0) / users;
      return values.length > 0 ? [{ day, rate, low: quantile(values, tail), high: quantile(values, 1 - tail) }] : [];
    });
}
