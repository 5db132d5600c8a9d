/** The measures the adoption chart can show, in selector order. */
export const MEASURES = ['registered', 'MAU', 'DAU', 'mDAU'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  registered: 'Registered accounts / signups',
  MAU: 'Monthly active users (MAU)',
  DAU: 'Daily active users (DAU)',
  mDAU: "Twitter's monetizable DAU (mDAU)",
};

/** The measure inside a sentence or a series label: "no MAU figures", "Threads — registered accounts". */
export const MEASURE_SHORT: Readonly<Record<Measure, string>> = {
  registered: 'registered accounts',
  MAU: 'MAU',
  DAU: 'DAU',
  mDAU: 'mDAU',
};

export const MEASURE_HELP: Readonly<Record<Measure, string>> = {
  registered: 'Accounts ever created. Never goes down, so it says nothing about who stayed.',
  MAU: 'Monthly active users as each company defines them; third-party estimates drawn dashed.',
  DAU: 'Daily active users; most points are third-party panel estimates (dashed), some Android- or mobile-only.',
  mDAU: "Users Twitter could show ads to. Not comparable with other platforms' DAU, so it has its own view.",
};
