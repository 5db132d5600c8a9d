import { text } from '../../lib/url/codecs';
import { defineParam } from '../../lib/url/define-param';

// Keys start with `src` so they never clash with another section's.

/** The platform whose figures are listed; empty for every platform. */
export const sourcesPlatformParam = defineParam('srcplat', '', text, {
  label: 'Sources platform',
  refersTo: 'platform',
});
/** The metric code whose figures are listed; empty for every metric. */
export const sourcesMetricParam = defineParam('srcmetric', '', text, { label: 'Sources metric' });

/** Every parameter of the Sources panel, for the app's check of a link. */
export const SOURCES_PARAMS = [sourcesPlatformParam, sourcesMetricParam] as const;
