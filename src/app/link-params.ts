import { ADOPTION_PARAMS } from '../features/adoption/url-params';
import { DATA_PARAMS } from '../features/data-import/url-params';
import { PROJECTION_PARAMS } from '../features/projection/url-params';
import { RETENTION_PARAMS } from '../features/retention/url-params';
import { SOURCES_PARAMS } from '../features/sources/url-params';
import type { ParamInfo } from '../lib/url/define-param';
import { sectionParam, type Section } from './sections';

/** The parameters each section reads, as its feature declares them. */
export const SECTION_PARAMS: Readonly<Record<Section, readonly ParamInfo[]>> = {
  adoption: ADOPTION_PARAMS,
  retention: RETENTION_PARAMS,
  projection: PROJECTION_PARAMS,
  data: [...DATA_PARAMS, ...SOURCES_PARAMS],
};

/** Every parameter a link can carry: the section and each section's own. */
export const ALL_PARAMS: readonly ParamInfo[] = [sectionParam, ...Object.values(SECTION_PARAMS).flat()];

/** The parameters that matter while `section` is shown: a problem elsewhere in the link is not on screen. */
export function paramsOf(section: Section): readonly ParamInfo[] {
  return [sectionParam, ...SECTION_PARAMS[section]];
}
