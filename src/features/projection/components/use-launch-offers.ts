import { useMemo } from 'react';
import { sortPlatforms } from '../../../lib/platforms';
import { isoDay } from '../../../lib/time/day';
import { useLaunchOptions, type LaunchOption } from '../api/launch-options';
import { useRegisteredFigures } from '../api/registered-figures';
import { analogueSeries, latestByRegion, targetReason, type AnalogueSeries } from '../model/analogue-offers';
import type { ProjectionParams } from './projection-params';

/** `region|YYYY-MM-DD`: how a launch is named in the URL and in the selector. */
export const launchKey = (l: Pick<LaunchOption, 'region' | 'event_date'>) => `${l.region}|${isoDay(l.event_date)}`;

/** A launch offered as the analogue: its series, or why it cannot be fitted. */
export interface AnalogueChoice {
  readonly launch: LaunchOption;
  readonly series: AnalogueSeries | null;
  readonly reason: string | null;
}

/** A target region offered: its latest launch, or why it cannot be projected. */
export interface TargetChoice {
  readonly region: string;
  readonly launch: LaunchOption;
  readonly reason: string | null;
}

/** Preference for a default analogue: a worldwide launch, then any launch or public opening, then the rest. */
const preference = (l: LaunchOption) =>
  l.event === 'launch' && l.region.startsWith('global')
    ? 0
    : l.event === 'launch' || l.event === 'public_opening'
      ? 1
      : 2;

function targetsFor(launches: readonly LaunchOption[], analogue: AnalogueChoice): TargetChoice[] {
  const series = analogue.series;
  return latestByRegion(launches).map((launch) => ({
    region: launch.region,
    launch,
    reason: series ? targetReason(launch, analogue.launch, series) : 'the analogue cannot be fitted',
  }));
}

/**
 * Which analogue launches and target regions can be fitted and projected, each with the
 * reason when not, and the chosen ones: the URL's if it can be used, else the first that
 * can (by preference; a target in another region than the analogue's, preferring later).
 */
export function useLaunchOffers(params: ProjectionParams) {
  const options = useLaunchOptions();
  const registered = useRegisteredFigures();
  const chosen = useMemo(() => {
    const all = options.data ?? [];
    const figures = registered.data ?? [];
    const platforms = sortPlatforms(all.map((l) => l.platform));
    const platform = platforms.includes(params.platform) ? params.platform : (platforms[0] ?? params.platform);
    const launches = all.filter((l) => l.platform === platform);
    const own = figures.filter((f) => f.platform === platform);
    const analogues: AnalogueChoice[] = launches.map((launch) => {
      const offer = analogueSeries(own, launch);
      if (!offer.ok) return { launch, series: null, reason: offer.reason };
      const choice = { launch, series: offer.value, reason: null };
      const projectable = targetsFor(launches, choice).some((t) => t.reason === null);
      return projectable ? choice : { ...choice, reason: 'no target region can be projected from it' };
    });
    const usable = analogues.filter((a) => a.reason === null);
    const analogue =
      usable.find((a) => launchKey(a.launch) === params.launch) ??
      [...usable].sort((a, b) => preference(a.launch) - preference(b.launch))[0];
    const targets = analogue ? targetsFor(launches, analogue) : [];
    const open = targets.filter((t) => t.reason === null);
    const target =
      open.find((t) => t.region === params.region) ??
      open.filter((t) => t.region !== analogue?.launch.region).at(-1) ??
      open.at(-1);
    return { platforms, platform, launches, allLaunches: all, analogues, analogue, targets, target, figures };
  }, [options.data, registered.data, params.platform, params.launch, params.region]);
  return { ...chosen, queries: [options, registered] as const };
}
