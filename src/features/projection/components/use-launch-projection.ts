import { useMemo } from 'react';
import { sortPlatforms } from '../../../lib/platforms';
import { DAY_MS, daysBetween, isoDay } from '../../../lib/time/day';
import { useAnalogueSeries } from '../api/analogue-series';
import { useExpectations } from '../api/expectations';
import { useLaunchOptions, type LaunchOption } from '../api/launch-options';
import { useReportedAfter } from '../api/reported-after';
import { useRetentionCurve } from '../api/retention-curve';
import { useTargetLaunch } from '../api/target-launch';
import { backtest, type BacktestResult, type ReportedFigure } from '../model/backtest';
import { fitAnalogue, projectLaunch, type AnalogueFit, type LaunchProjection } from '../model/launch-projection';
import { DEFAULT_SHARE_PERCENT, type ProjectionParams } from './projection-params';

/** `region|YYYY-MM-DD`: how a launch is named in the URL and in the selector. */
export const launchKey = (l: Pick<LaunchOption, 'region' | 'event_date'>) => `${l.region}|${isoDay(l.event_date)}`;

/** The analogue a platform defaults to: its first worldwide launch, else its first public launch, else its first event. */
function defaultAnalogue(launches: readonly LaunchOption[]): LaunchOption | undefined {
  return (
    launches.find((l) => l.event === 'launch' && l.region.startsWith('global')) ??
    launches.find((l) => l.event === 'launch' || l.event === 'public_opening') ??
    launches[0]
  );
}

/**
 * The target a platform defaults to: its latest launch in another region than the
 * analogue's, preferring one whose population is in the data (Bluesky: Brazil, not the US).
 */
function defaultTargetRegion(launches: readonly LaunchOption[], analogue: LaunchOption | undefined): string | undefined {
  const others = launches.filter((l) => l.region !== analogue?.region);
  return (others.filter((l) => l.addressable_population !== null).at(-1) ?? others.at(-1) ?? analogue)?.region;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };
function attempt<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Everything the projection view shows, from the URL parameters, the queries and the model. */
export function useLaunchProjection(params: ProjectionParams) {
  const options = useLaunchOptions();
  const all = useMemo(() => options.data ?? [], [options.data]);
  const platforms = sortPlatforms(all.map((l) => l.platform));
  const platform = platforms.includes(params.platform) ? params.platform : (platforms[0] ?? params.platform);
  const launches = all.filter((l) => l.platform === platform);
  const analogue = launches.find((l) => launchKey(l) === params.launch) ?? defaultAnalogue(launches);
  const regions = [...new Set(launches.map((l) => l.region))];
  const region = regions.includes(params.region) ? params.region : defaultTargetRegion(launches, analogue);

  const analogueDay = analogue ? isoDay(analogue.event_date) : null;
  const series = useAnalogueSeries(analogue && analogueDay ? { platform, region: analogue.region, launchDate: analogueDay } : null);
  const targetQuery = useTargetLaunch(region !== undefined ? { platform, region } : null);
  const target = targetQuery.data?.[0];
  const targetDay = target ? isoDay(target.event_date) : null;
  const expectations = useExpectations(target && targetDay ? { platform, region: target.region, launchDate: targetDay } : null);
  // By default the fit sees only what was known when the target launched; when the target
  // is not later than the analogue there is nothing to hold back, so every figure is fitted.
  const cutoffDay = params.cutoff ?? (target && analogue && target.event_date > analogue.event_date ? targetDay : null);
  const since = cutoffDay ?? analogueDay;
  const reported = useReportedAfter(target && since ? { platform, region: target.region, since } : null);
  const retention = useRetentionCurve(region !== undefined ? { platform, region } : null);

  const fit = useMemo((): Outcome<AnalogueFit> | null => {
    if (!series.data || !analogue) return null;
    const figures = series.data.map((r) => ({ days: r.days_since_launch, value: r.value }));
    const baseline = series.data[0]?.baseline ?? 0;
    const cutoff = cutoffDay === null ? null : daysBetween(analogue.event_date, new Date(`${cutoffDay}T00:00:00Z`));
    return attempt(() => fitAnalogue({ figures, baseline, cutoffDay: cutoff }));
  }, [series.data, analogue, cutoffDay]);

  const populationMillions = params.population ?? (target?.addressable_population != null ? target.addressable_population / 1e6 : null);
  const sharePercent = params.share ?? DEFAULT_SHARE_PERCENT;
  const market = populationMillions === null ? null : populationMillions * 1e6 * (sharePercent / 100);

  const projection = useMemo((): Outcome<LaunchProjection> | null => {
    if (!fit || !fit.ok || !retention.data) return null;
    if (market === null) return { ok: false, error: new Error('The data has no addressable population for this region: enter one.') };
    const points = retention.data.map((r) => ({ day: r.day_offset, share: r.retained_share }));
    return attempt(() =>
      projectLaunch(fit.value, { market, p: params.p, q: params.q, retention: points, churn: params.churn === null ? null : params.churn / 100 }),
    );
  }, [fit, retention.data, market, params.p, params.q, params.churn]);

  const check = useMemo((): Outcome<BacktestResult> | null => {
    if (!fit?.ok || !projection?.ok || !reported.data || !analogue || !target) return null;
    const figures: ReportedFigure[] = reported.data.map((r) => ({
      day: daysBetween(analogue.event_date, r.date),
      value: r.value,
      measure: r.measure,
      scope: r.region === target.region ? 'target' : 'platform',
    }));
    return attempt(() =>
      backtest({
        analogue: fit.value.fit.params,
        baseline: series.data?.[0]?.baseline ?? 0,
        target: projection.value.target,
        targetOffset: daysBetween(analogue.event_date, target.event_date),
        retention: projection.value.retention.curve,
        reported: figures,
      }),
    );
  }, [fit, projection, reported.data, analogue, target, series.data]);

  const queries = [options, series, targetQuery, expectations, reported, retention];
  const queryError = queries.find((q) => q.isError)?.error ?? null;
  const pending = options.isPending || queries.some((q) => q.isPending && q.fetchStatus !== 'idle');

  return {
    platforms,
    platform,
    launches,
    analogue,
    regions,
    region,
    target,
    targetDay,
    cutoffDay,
    populationMillions,
    sharePercent,
    market,
    series: series.data ?? [],
    expectations: expectations.data ?? [],
    reported: reported.data ?? [],
    retentionPoints: retention.data ?? [],
    fit,
    projection,
    backtest: check,
    queryError,
    pending,
    /** Calendar day of a day offset from the target launch. */
    dayOf: (offset: number) => (target ? new Date(target.event_date.getTime() + offset * DAY_MS) : null),
  };
}

export type LaunchProjectionView = ReturnType<typeof useLaunchProjection>;
