/**
 * A gap is "longer than the series' usual spacing" when it exceeds this many times the
 * median spacing of the series' figures. Reported milestones are irregular (a quarterly
 * series has 83- to 104-day steps), so the usual spacing is a median, and only a clear
 * outlier breaks the line: Twitter's mDAU, quarterly, with nothing from Q1 2019 to Q1 2021.
 */
export const GAP_FACTOR = 4;

/** Fewer spacings than this say nothing about what is usual: the series is never broken. */
const MIN_SPACINGS = 2;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Split points (sorted by time) into runs that a line may join: a new run starts after a
 * gap longer than GAP_FACTOR times the median spacing. `time` gives each point's time in
 * any unit (only ratios matter). Figures on the same day (milestones hours apart) are left
 * out of the median, which would otherwise be 0 and break every later step.
 */
export function splitAtGaps<T>(points: readonly T[], time: (point: T) => number): T[][] {
  if (points.length === 0) return [];
  const spacings = points.slice(1).map((p, i) => time(p) - time(points[i] as T));
  const distinct = spacings.filter((s) => s > 0);
  const limit = distinct.length >= MIN_SPACINGS ? GAP_FACTOR * median(distinct) : Infinity;
  const runs: T[][] = [[points[0] as T]];
  spacings.forEach((spacing, i) => {
    const point = points[i + 1] as T;
    if (spacing > limit) runs.push([point]);
    else runs[runs.length - 1]?.push(point);
  });
  return runs;
}
