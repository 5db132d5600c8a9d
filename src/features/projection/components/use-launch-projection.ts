import { useMemo } from 'react';
import { DAY_MS, daysBetween, isoDay } from '../../../lib/time/day';
import { useExpectations } from '../api/expectations';
import { useReportedAfter, type ReportedAfterRow } from '../api/reported-after';
import { useRetentionCurve } from '../api/retention-curve';
import {
  fitAnalogue,
  fitShortfall,
  projectLaunch,
  type AnalogueFit,
  type FitShortfall,
  type LaunchProjection,
} from '../model/launch-projection';
import { DEFAULT_SHARE_PERCENT } from '../model/reachable-share';
import type { ProjectionParams } from './projection-params';
import { useLaunchOffers } from './use-launch-offers';

/** No figures yet: one array, so what reads the figures is not recomputed on every render. */
const NONE: readonly ReportedAfterRow[] = [];

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
  const offers = useLaunchOffers(params);
  const { platform, launches } = offers;
  const analogue = offers.analogue?.launch;
  const analogueSeries = offers.analogue?.series ?? null;
  const target = offers.target?.launch;
  const region = target?.region;
  const analogueDay = analogue ? isoDay(analogue.event_date) : null;
  const targetDay = target ? isoDay(target.event_date) : null;
  const expectations = useExpectations(
    target && targetDay ? { platform, region: target.region, launchDate: targetDay } : null,
  );
  // By default the fit sees only what was known when the target launched; when the target
  // is not later than the analogue there is nothing to hold back, so every figure is fitted.
  const cutoffDay = params.cutoff ?? (target && analogue && target.event_date > analogue.event_date ? targetDay : null);
  const since = cutoffDay ?? analogueDay;
  const reported = useReportedAfter(target && since ? { platform, region: target.region, since } : null);
  const retention = useRetentionCurve(region !== undefined ? { platform, region } : null);

  const { fit, shortfall } = useMemo((): { fit: Outcome<AnalogueFit> | null; shortfall: FitShortfall | null } => {
    if (!analogueSeries || !analogue) return { fit: null, shortfall: null };
    const cutoff = cutoffDay === null ? null : daysBetween(analogue.event_date, new Date(`${cutoffDay}T00:00:00Z`));
    const input = { figures: analogueSeries.figures, baseline: analogueSeries.baseline, cutoffDay: cutoff };
    const short = fitShortfall(input);
    return short ? { fit: null, shortfall: short } : { fit: attempt(() => fitAnalogue(input)), shortfall: null };
  }, [analogueSeries, analogue, cutoffDay]);

  const populationMillions =
    params.population ?? (target?.addressable_population != null ? target.addressable_population / 1e6 : null);
  const sharePercent = params.share ?? DEFAULT_SHARE_PERCENT;
  const market = populationMillions === null ? null : populationMillions * 1e6 * (sharePercent / 100);

  const projection = useMemo((): Outcome<LaunchProjection> | null => {
    if (!fit || !fit.ok || !retention.data) return null;
    if (market === null)
      return { ok: false, error: new Error('The data has no addressable population for this region: enter one.') };
    const points = retention.data.map((r) => ({ day: r.day_offset, share: r.retained_share }));
    return attempt(() =>
      projectLaunch(fit.value, {
        market,
        p: params.p,
        q: params.q,
        retention: points,
        churn: params.churn === null ? null : params.churn / 100,
      }),
    );
  }, [fit, retention.data, market, params.p, params.q, params.churn]);

  const queries = [...offers.queries, expectations, reported, retention];
  const queryError = queries.find((q) => q.isError)?.error ?? null;
  const pending =
    offers.queries.some((q) => q.isPending) || queries.some((q) => q.isPending && q.fetchStatus !== 'idle');

  return {
    platforms: offers.platforms,
    platform,
    launches,
    analogues: offers.analogues,
    targets: offers.targets,
    analogue,
    region,
    target,
    targetDay,
    cutoffDay,
    populationMillions,
    sharePercent,
    market,
    /** The analogue's series (one counter, its own region), null when no launch can be fitted. */
    series: analogueSeries,
    registered: offers.figures,
    allLaunches: offers.allLaunches,
    expectations: expectations.data ?? [],
    reported: reported.data ?? NONE,
    retentionPoints: retention.data ?? [],
    fit,
    /** Set when the backtest cutoff leaves too few figures to fit: how many there are and how many a fit needs. */
    shortfall,
    projection,
    queryError,
    pending,
    /** Calendar day of a day offset from the target launch. */
    dayOf: (offset: number) => (target ? new Date(target.event_date.getTime() + offset * DAY_MS) : null),
  };
}

export type LaunchProjectionView = ReturnType<typeof useLaunchProjection>;
