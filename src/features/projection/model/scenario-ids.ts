// Apart from scenarios.ts so that the URL registry, which the first view loads to check a
// link, does not pull in the Bass fit and its matrix library (~25 kB gzip).

/** The scenario presets, as the URL names them. */
export const SCENARIO_IDS = ['threads-launch', 'bluesky-opening', 'slow-start'] as const;
/** One scenario preset's id. */
export type ScenarioId = (typeof SCENARIO_IDS)[number];
