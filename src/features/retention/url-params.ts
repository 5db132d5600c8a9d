import { flag, list, numberIn, oneOf, text } from '../../lib/url/codecs';
import { defineParam } from '../../lib/url/define-param';
import {
  ALL_REGIONS,
  COHORT_GRAINS,
  RETENTION_MODES,
  RETENTION_SOURCES,
  type CohortGrain,
  type RetentionMode,
  type RetentionSource,
} from './api/retention-filters';
import { DEFAULT_BRACKETS } from './model/brackets';
import { LIFECYCLE_GRAINS, type LifecycleGrain } from './model/lifecycle';
import { RELATIVE_MEASURES, type RelativeMeasure } from './model/relative-curves';

// Keys start with `r` so they never clash with another section's.

/** Aggregate cohorts or raw events. */
export const sourceParam = defineParam<RetentionSource>('rsrc', 'aggregate', oneOf(RETENTION_SOURCES), {
  label: 'Data source',
});
/** The platforms ticked; empty means all of them, so platforms imported later show up too. */
export const platformsParam = defineParam<string[]>('rplat', [], list, { label: 'Platforms', refersTo: 'platform' });
/** One region, or every region. */
export const regionParam = defineParam('rregion', ALL_REGIONS, text, { label: 'Region', refersTo: 'region' });
/** N-day or unbounded retention. */
export const modeParam = defineParam<RetentionMode>('rmode', 'nday', oneOf(RETENTION_MODES), { label: 'Retention' });
/** The last day the curves show. */
export const maxDayParam = defineParam('rmax', 90, numberIn(1, 365), { label: 'Days shown' });
/** Weekly or monthly cohorts in the heatmap. */
export const grainParam = defineParam<CohortGrain>('rgrain', 'week', oneOf(COHORT_GRAINS), { label: 'Cohort grain' });
/** The heatmap's platform; empty means the first one shown. */
export const heatmapPlatformParam = defineParam('rhplat', '', text, {
  label: 'Heatmap platform',
  refersTo: 'platform',
});
/** Fit and extrapolate the curves to day 365. */
export const fitParam = defineParam('rfit', true, flag, { label: 'Fit and extrapolate' });

/** The platform others are compared with (curves drawn relative to it, churn tested against it); empty for none. */
export const baselineParam = defineParam('rbase', '', text, { label: 'Compare to', refersTo: 'platform' });

/** How curves are drawn against the baseline: a difference in points or a ratio; anything else reads as a difference. */
export const relativeParam = defineParam<RelativeMeasure>('rrel', 'difference', oneOf(RELATIVE_MEASURES), {
  label: 'Compare as',
});

/** The platform the Lifecycle panel shows; empty means the first one with an activity log. */
export const lifecyclePlatformParam = defineParam('rlplat', '', text, {
  label: 'Lifecycle platform',
  refersTo: 'platform',
});

/** The Lifecycle panel's period: calendar days, weeks or months; anything else reads as weeks. */
export const lifecycleGrainParam = defineParam<LifecycleGrain>('rlgrain', 'week', oneOf(LIFECYCLE_GRAINS), {
  label: 'Lifecycle period',
});

/** Day brackets of the bracket table (`1,2-7,8-30`); text that does not parse shows its message and the default. */
export const bracketsParam = defineParam('rbrackets', DEFAULT_BRACKETS, text, { label: 'Brackets' });

/** Every parameter of the Retention section, for the app's check of a link. */
export const RETENTION_PARAMS = [
  sourceParam,
  platformsParam,
  regionParam,
  modeParam,
  maxDayParam,
  grainParam,
  heatmapPlatformParam,
  fitParam,
  baselineParam,
  relativeParam,
  lifecyclePlatformParam,
  lifecycleGrainParam,
  bracketsParam,
] as const;
