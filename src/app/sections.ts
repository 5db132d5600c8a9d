import { oneOf } from '../lib/url/codecs';
import { defineParam } from '../lib/url/define-param';

export const SECTIONS = ['adoption', 'retention', 'projection', 'data'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  adoption: 'Adoption',
  retention: 'Retention',
  projection: 'Projection',
  data: 'Data',
};

/** The section shown. Changing it is navigation: a history entry, so Back returns to the previous one. */
export const sectionParam = defineParam<Section>('section', 'adoption', oneOf(SECTIONS), {
  label: 'Section',
  history: 'push',
});
