import { analogueSeries, type LaunchRef, type RegisteredFigure } from './analogue-offers';
import { fitBass } from './fit-bass';
import { toFitPoints } from './launch-series';
import { SCENARIO_IDS, type ScenarioId } from './scenario-ids';

export { SCENARIO_IDS, type ScenarioId };

/** What a preset sets: Bass's p and q per day, and where they come from. */
export interface ScenarioSetting {
  readonly p: number;
  readonly q: number;
  readonly basis: string;
}

/** A platform's launch whose own fit a preset borrows. */
export interface ScenarioLaunch extends LaunchRef {
  readonly platform: string;
  readonly event: string;
}

/**
 * Sultan, Farley & Lehmann's (1990) meta-analysis of 213 Bass fits: average p = 0.03 and
 * q = 0.38 per year, the usual "ordinary product" diffusion; per day here.
 */
const SLOW = { p: 0.03 / 365, q: 0.38 / 365 };

export const SCENARIO_LABELS: Record<ScenarioId, string> = {
  'threads-launch': "Like Threads' first launch",
  'bluesky-opening': "Like Bluesky's public opening",
  'slow-start': 'Slow start',
};

function fittedOn(
  platform: string,
  event: string,
  figures: readonly (RegisteredFigure & { platform: string })[],
  launches: readonly ScenarioLaunch[],
): ScenarioSetting {
  const name = `the ${platform} ${event.replace('_', ' ')}`;
  const own = figures.filter((f) => f.platform === platform);
  // A launch can have several rows (Threads' worldwide launch and its US row): the first one with a series of its own.
  const offers = launches
    .filter((l) => l.platform === platform && l.event === event)
    .map((l) => analogueSeries(own, l));
  if (offers.length === 0) throw new Error(`the data has no ${platform} ${event.replace('_', ' ')}`);
  const series = offers.find((o) => o.ok) ?? offers[0]!;
  if (!series.ok) throw new Error(`${name} cannot be fitted: ${series.reason}`);
  const { params } = fitBass(toFitPoints(series.value.figures, series.value.baseline));
  return {
    p: params.p,
    q: params.q,
    basis: `fitted to ${series.value.figures.length} figures counted by ${series.value.vendor} after it`,
  };
}

/**
 * The p and q a preset sets: the Bass fit of Threads' launch or of Bluesky's public
 * opening (each on its own counter, all its figures), or the meta-analysis averages for a
 * slow start. Throws a clear Error when the data cannot give them.
 */
export function scenarioSetting(
  id: ScenarioId,
  figures: readonly (RegisteredFigure & { platform: string })[],
  launches: readonly ScenarioLaunch[],
): ScenarioSetting {
  switch (id) {
    case 'threads-launch':
      return fittedOn('Threads', 'launch', figures, launches);
    case 'bluesky-opening':
      return fittedOn('Bluesky', 'public_opening', figures, launches);
    case 'slow-start':
      return {
        ...SLOW,
        basis: 'the average of 213 Bass fits, p = 0.03 and q = 0.38 a year (Sultan, Farley & Lehmann 1990)',
      };
  }
}
