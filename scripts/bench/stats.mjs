/**
 * Medians, ranges and ratios, and the figure objects bench-results.json holds. A figure's
 * keys are stable (README "Performance" documents them); anything not measured is null,
 * never a guess.
 */

/** Median of numbers (mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** { median_ms, min_ms, max_ms, runs } of a list of milliseconds (all null when empty). */
export function summarize(values) {
  if (values.length === 0) return { median_ms: null, min_ms: null, max_ms: null, runs: 0 };
  return {
    median_ms: round(median(values)),
    min_ms: round(Math.min(...values)),
    max_ms: round(Math.max(...values)),
    runs: values.length,
  };
}

/** a / b to three decimals, or null when either is missing. */
export function ratio(a, b) {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return Math.round((a / b) * 1000) / 1000;
}

/**
 * A figure's `floor`: how near its target any implementation can come, timed in the same
 * run as the figure's reference. Its median, and its ratio to the reference's median.
 */
export function floorEntry(what, floorRuns, referenceRuns) {
  const median = summarize(floorRuns).median_ms;
  return { what, median_ms: median, ratio: ratio(median, summarize(referenceRuns).median_ms) };
}

function round(ms) {
  return ms === null ? null : Math.round(ms * 10) / 10;
}

/**
 * A figure: the Uptake timing and its same-run reference.
 * `status` is ok | not available | not run | error; `note` says why when it is not ok.
 */
export function figure({
  status = 'ok',
  uptake = [],
  reference = [],
  referenceName = null,
  target = null,
  note = null,
  extra = {},
}) {
  const own = summarize(uptake);
  const ref = summarize(reference);
  return {
    status,
    median_ms: own.median_ms,
    min_ms: own.min_ms,
    max_ms: own.max_ms,
    runs: own.runs,
    ref_median_ms: ref.median_ms,
    ref_min_ms: ref.min_ms,
    ref_max_ms: ref.max_ms,
    ref_runs: ref.runs,
    ratio: ratio(own.median_ms, ref.median_ms),
    reference: referenceName,
    target,
    note,
    ...extra,
  };
}

/** A figure for something this run did not measure, with the reason. */
export function notRun(note) {
  return figure({ status: 'not run', note });
}
