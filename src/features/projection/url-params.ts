import { isoDay, nullable, numberIn, oneOf, text } from '../../lib/url/codecs';
import { defineParam } from '../../lib/url/define-param';
import { SCENARIO_IDS } from './model/scenario-ids';

// Keys start with `p` so they never clash with another section's. Null means "not set":
// the fitted value, the dataset's figure, the target launch.

/** A number in range, or null; out-of-range values are not used (no silent clamping of a model input). */
const optionalNumber = (min: number, max: number) => nullable(numberIn(min, max, { clamp: false }));

/** Analogue platform. */
export const platformParam = defineParam('pplat', 'Threads', text, {
  label: 'Analogue platform',
  refersTo: 'platform',
});
/** Analogue launch as `region|YYYY-MM-DD`; '' = the platform's default. */
export const launchParam = defineParam('plaunch', '', text, { label: 'Analogue launch' });
/** Target region; '' = the platform's default. */
export const regionParam = defineParam('pregion', '', text, { label: 'Target region', refersTo: 'region' });
/** Addressable population in millions. */
export const populationParam = defineParam<number | null>('ppop', null, optionalNumber(0.001, 10_000), {
  label: 'Addressable population',
});
/** Reachable share in percent. */
export const shareParam = defineParam<number | null>('pshare', null, optionalNumber(0.01, 100), {
  label: 'Reachable share',
});
/** Bass coefficient of innovation. */
export const pParam = defineParam<number | null>('pp', null, optionalNumber(1e-7, 100), { label: 'Coefficient p' });
/** Bass coefficient of imitation. */
export const qParam = defineParam<number | null>('pq', null, optionalNumber(1e-7, 100), { label: 'Coefficient q' });
/** Month-one churn in percent. */
export const churnParam = defineParam<number | null>('pchurn', null, optionalNumber(0, 99.9), {
  label: 'Month-one churn',
});
/** Backtest cutoff day. */
export const cutoffParam = defineParam<string | null>('pcut', null, nullable(isoDay), { label: 'Backtest cutoff' });

/** Scenario preset whose p and q are set; '' = none (a hand edit of p or q clears it). */
export const scenarioParam = defineParam('pscen', '', oneOf(['', ...SCENARIO_IDS]), { label: 'Scenario' });

/** Growth model drawn and projected; '' = the one with the lowest MASE at 6 months. */
export const modelParam = defineParam('pmodel', '', text, { label: 'Projection model' });
/** Series the models are compared on; 'auto' = MAU when the platform reports enough of it, else cumulative signups. */
export const measureParam = defineParam('pmeasure', 'auto', oneOf(['auto', 'MAU', 'registered']), {
  label: 'Series compared',
});

/** Every parameter of the Projection section, for the app's check of a link. */
export const PROJECTION_PARAMS = [
  platformParam,
  launchParam,
  regionParam,
  populationParam,
  shareParam,
  pParam,
  qParam,
  churnParam,
  cutoffParam,
  scenarioParam,
  modelParam,
  measureParam,
] as const;
