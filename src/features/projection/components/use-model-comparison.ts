import { useMemo } from 'react';
import { daysBetween, parseDay } from '../../../lib/time/day';
import { useUrlParam } from '../../../lib/url/use-url-param';
import { useReportedSeries, type ReportedSeriesRow } from '../api/reported-series';
import type { LaunchOption } from '../api/launch-options';
import { projectAsOf, type AsOfProjection } from '../model/as-of';
import { compareModels, type ModelComparison, type ModelRow } from '../model/compare-models';
import type { SeriesMeasure } from '../model/growth-models';
import { toFitPoints } from '../model/launch-series';
import { measureParam, modelParam } from '../url-params';

/** Fewest figures of a measure for it to be compared on (three to fit, one to forecast). */
const MIN_SERIES = 4;

export interface ModelComparisonInput {
  readonly platform: string;
  /** The analogue launch: days count from it, and its region's figures are used. */
  readonly analogue: LaunchOption | undefined;
  /** The time machine's day, `YYYY-MM-DD`; null = today, every figure fitted. */
  readonly cutoff: string | null;
}

/** Reported figures as points by days since the launch (same-day figures spread over the day, as for the fit). */
function seriesPoints(rows: readonly ReportedSeriesRow[], launch: Date) {
  return toFitPoints(rows.map((r) => ({ days: daysBetween(launch, r.date), value: r.value })));
}

/**
 * Everything the growth-model panel shows: the series chosen (MAU when the platform
 * reports enough of it, else cumulative signups, unless the URL says), every model's
 * rolling-origin record, the chosen model (URL, else lowest MASE at 6 months) and what
 * it would have projected as of the cutoff.
 */
export function useModelComparison({ platform, analogue, cutoff }: ModelComparisonInput) {
  const [measureChoice, setMeasure] = useUrlParam(measureParam);
  const [modelChoice, setModel] = useUrlParam(modelParam);
  const region = analogue?.region ?? null;
  const mau = useReportedSeries(region === null ? null : { platform, region, measure: 'MAU' });
  const registered = useReportedSeries(region === null ? null : { platform, region, measure: 'registered' });
  const counts = { MAU: mau.data?.length ?? 0, registered: registered.data?.length ?? 0 };
  const measure: SeriesMeasure =
    measureChoice !== 'auto' ? measureChoice : counts.MAU >= MIN_SERIES ? 'MAU' : 'registered';
  const rows = (measure === 'MAU' ? mau : registered).data;

  const series = useMemo(() => (rows && analogue ? seriesPoints(rows, analogue.event_date) : []), [rows, analogue]);
  const comparison = useMemo(
    (): ModelComparison | null => (series.length >= MIN_SERIES ? compareModels(series, measure) : null),
    [series, measure],
  );
  const byId = (id: string | null): ModelRow | undefined => comparison?.rows.find((r) => r.forecaster.id === id);
  const defaultId = comparison?.best ?? comparison?.rows[0]?.forecaster.id ?? null;
  const chosen = byId(modelChoice) ?? byId(defaultId);
  const cutoffDay = cutoff !== null && analogue ? daysBetween(analogue.event_date, parseDay(cutoff)) : null;
  const asOf = useMemo(
    (): AsOfProjection | null =>
      chosen && series.length > 0 ? projectAsOf(chosen.forecaster, series, cutoffDay) : null,
    [chosen, series, cutoffDay],
  );

  return {
    measure,
    measureChoice,
    setMeasure,
    counts,
    sourceRows: rows ?? [],
    series,
    comparison,
    defaultId,
    chosen,
    setModel: (id: string) => setModel(id === defaultId ? '' : id),
    cutoff,
    asOf,
    pending: mau.isLoading || registered.isLoading,
    error: mau.error ?? registered.error ?? null,
    tooFew: series.length < MIN_SERIES,
    minSeries: MIN_SERIES,
  };
}

export type ModelComparisonView = ReturnType<typeof useModelComparison>;
