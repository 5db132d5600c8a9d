import type { RelativeSeries } from '../model/relative-curves';
import type { CompareTo } from '../hooks/use-compare-to';
import type { FittedSeries } from './curve-series';
import { intervalMethod } from './relative-figure-text';
import { curvesFileParts, curvesSettings, type RetentionExportView } from './retention-export-caption';
import { plottedPoints, type CurveSeries } from './retention-curves-chart';

/**
 * Columns of the curves' CSV, in order; the fitted columns are empty on observed rows, the
 * `compared_to` … `interval_method` ones on all but the rows drawn against a baseline.
 */
export const CURVES_EXPORT_COLUMNS = [
  'platform',
  'series',
  'day',
  'retention',
  'retention_low_95',
  'retention_high_95',
  'model',
  'retention_mode',
  'region',
  'data_source',
  'modelled',
  'compared_to',
  'relative_as',
  'relative',
  'relative_low_95',
  'relative_high_95',
  'interval_method',
] as const;

const contextOf = (view: RetentionExportView) => ({
  retention_mode: view.mode,
  region: view.region,
  data_source: view.source,
});

/** The drawn points as plain rows: each platform's observed curve, its fitted extrapolation when shown, then its cohort variation. */
export function absoluteRows(series: readonly (FittedSeries & CurveSeries)[], view: RetentionExportView) {
  const context = contextOf(view);
  return series.flatMap((s) => [
    ...plottedPoints(s).map((p) => ({
      platform: s.platform,
      series: 'observed',
      day: p.day,
      retention: p.rate,
      ...context,
      modelled: s.modelled,
    })),
    ...s.extrapolation.map((p) => ({
      platform: s.platform,
      series: 'fitted',
      day: p.day,
      retention: p.fit,
      retention_low_95: p.low,
      retention_high_95: p.high,
      model: s.fit?.model ?? null,
      ...context,
      modelled: s.modelled,
    })),
    ...(s.variation ?? []).map((p) => ({
      platform: s.platform,
      series: 'cohort variation',
      day: p.day,
      retention: p.rate,
      retention_low_95: p.low,
      retention_high_95: p.high,
      model: 'bootstrap over cohorts',
      ...context,
      modelled: s.modelled,
    })),
  ]);
}

/**
 * The curves drawn against a baseline as plain rows: the baseline's own retention each day
 * (its relative figure is 0, or 1 for a ratio), then every other platform's retention and
 * its figure against the baseline with the 95% interval. A difference is a share (0.023 is
 * 2.3 points), as the retention columns are.
 */
export function relativeRows(
  relative: readonly RelativeSeries[],
  compare: Pick<CompareTo, 'baseline' | 'measure'>,
  baselineModelled: boolean,
  view: RetentionExportView,
) {
  const context = contextOf(view);
  const { baseline, measure } = compare;
  const shared = { compared_to: baseline, relative_as: measure };
  const baseDays = new Map(relative.flatMap((s) => s.points.map((p) => [p.day, p.baseRate] as const)));
  return [
    ...[...baseDays]
      .sort(([a], [b]) => a - b)
      .map(([day, rate]) => ({
        platform: baseline,
        series: 'baseline',
        day,
        retention: rate,
        ...context,
        modelled: baselineModelled,
        ...shared,
        relative: measure === 'difference' ? 0 : 1,
      })),
    ...relative.flatMap((s) =>
      s.points.map((p) => ({
        platform: s.platform,
        series: `against ${baseline}`,
        day: p.day,
        retention: p.rate,
        ...context,
        modelled: s.modelled,
        ...shared,
        relative: p.value,
        relative_low_95: p.interval?.low ?? null,
        relative_high_95: p.interval?.high ?? null,
        interval_method: intervalMethod(measure),
      })),
    ),
  ];
}

/** The file name's parts: the curves' own, then "vs <baseline>" and the measure when compared. */
export function compareFileParts(view: RetentionExportView, platforms: readonly string[], compare: CompareTo) {
  const parts = curvesFileParts(view, platforms);
  return compare.baseline ? [...parts, 'vs', compare.baseline, compare.measure] : parts;
}

/** The image's settings line, saying what the curves are drawn against. */
export function compareSettings(view: RetentionExportView, platforms: readonly string[], compare: CompareTo) {
  const settings = curvesSettings(view, platforms);
  if (!compare.baseline) return settings;
  const as = compare.measure === 'difference' ? 'difference in percentage points' : 'ratio';
  return `${settings} · Compared to: ${compare.baseline} (${as}; 95% interval by ${intervalMethod(compare.measure)}; observed days only)`;
}
