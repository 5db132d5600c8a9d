export const SECTIONS = ['adoption', 'retention', 'projection', 'data'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  adoption: 'Adoption',
  retention: 'Retention',
  projection: 'Projection',
  data: 'Data',
};
