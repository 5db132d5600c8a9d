import { useMemo } from 'react';
import { useUrlParam } from '../../../lib/url/use-url-param';
import type { RetentionCurveRow } from '../api/retention-curves';
import { relativeCurves, type RelativeMeasure, type RelativeSeries } from '../model/relative-curves';
import { relativeParam } from '../url-params';
import { useBaseline } from './use-baseline';

/** The curves' "Compare to" state: the shared baseline, the measure, and the curves drawn against it. */
export interface CompareTo {
  /** The baseline platform; empty for none. */
  readonly baseline: string;
  readonly setBaseline: (platform: string) => void;
  readonly measure: RelativeMeasure;
  readonly setMeasure: (measure: RelativeMeasure) => void;
  /** Every other platform against the baseline; empty without one. */
  readonly relative: readonly RelativeSeries[];
}

/**
 * "Compare to" for the curves, both choices in the URL: the baseline (shared with the churn
 * table's test, see use-baseline.ts) and whether the others are drawn as a difference or a ratio.
 */
export function useCompareTo(rows: readonly RetentionCurveRow[], platforms: readonly string[]): CompareTo {
  const [baseline, setBaseline] = useBaseline(platforms);
  const [measure, setMeasure] = useUrlParam(relativeParam);
  const relative = useMemo(
    () => (baseline ? relativeCurves(rows, platforms, baseline, measure) : []),
    [rows, platforms, baseline, measure],
  );
  return { baseline, setBaseline, measure, setMeasure, relative };
}
