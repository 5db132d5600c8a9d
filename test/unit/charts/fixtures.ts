import type { AdoptionPoint } from '../../../src/features/adoption/api/adoption-series';
import type { CohortCellRow } from '../../../src/features/retention/api/cohort-heatmap';
import type { CurveSeries } from '../../../src/features/retention/components/retention-curves-chart';

/**
 * Fixed rows for the chart snapshots: small, invented, and shaped to show each feature
 * of a chart once (a gap in a series, an estimate, a fitted band, unobservable cells).
 */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function figure(platform: string, iso: string, value: number, extra: Partial<AdoptionPoint> = {}): AdoptionPoint {
  return {
    platform,
    date: day(iso),
    days_since_launch: null,
    anchor_event: null,
    anchor_label: null,
    value,
    measure: 'MAU',
    basis: 'company',
    metric: 'MAU',
    vendor: platform === 'Threads' ? 'Meta' : platform,
    coverage: 'global',
    source: 'fixture',
    note: null,
    kind: 'reported',
    ...extra,
  };
}

const estimate = { basis: 'estimate', metric: 'MAU_estimate', vendor: 'Sensor Tower' } as const;

/** Threads' company line, X's estimates with a two-year gap (drawn as two runs), Bluesky's company line. */
export const ADOPTION_POINTS: readonly AdoptionPoint[] = [
  figure('Threads', '2023-07-10', 100e6),
  figure('Threads', '2023-10-25', 130e6),
  figure('Threads', '2024-02-01', 130e6),
  figure('Threads', '2024-10-30', 275e6),
  figure('Threads', '2025-08-01', 400e6),
  figure('X', '2023-01-01', 560e6, estimate),
  figure('X', '2023-02-01', 550e6, estimate),
  figure('X', '2023-03-01', 545e6, estimate),
  figure('X', '2023-04-01', 540e6, estimate),
  figure('X', '2025-04-01', 450e6, estimate),
  figure('X', '2025-05-01', 440e6, estimate),
  figure('Bluesky', '2024-02-06', 5e6),
  figure('Bluesky', '2024-11-20', 20e6),
  figure('Bluesky', '2025-06-01', 36e6),
];

/** Two launch events inside the range and one outside it (not drawn). */
export const ADOPTION_EVENTS = [
  { x: day('2023-07-05').getTime(), date: day('2023-07-05'), label: 'Threads launch', platform: 'Threads' },
  { x: day('2024-02-06').getTime(), date: day('2024-02-06'), label: 'Bluesky public opening', platform: 'Bluesky' },
  { x: day('2020-01-01').getTime(), date: day('2020-01-01'), label: 'Out of range', platform: 'X' },
] as const;

/** Power-law curves, rate = a · (day + 1)^−b, rounded to 4 decimals, days 0–60. */
function curve(a: number, b: number): CurveSeries['points'] {
  return Array.from({ length: 61 }, (_, d) => ({
    day: d,
    rate: d === 0 ? 1 : Math.round(a * (d + 1) ** -b * 1e4) / 1e4,
  }));
}

/** Threads with a fitted extrapolation and band to day 120, Bluesky observed only. */
export const RETENTION_SERIES: readonly CurveSeries[] = [
  {
    platform: 'Threads',
    points: curve(0.5, 0.35),
    extrapolation: [60, 80, 100, 120].map((d) => {
      const fit = 0.5 * (d + 1) ** -0.35;
      return { day: d, fit, low: fit * 0.85, high: fit * 1.15 };
    }),
  },
  { platform: 'Bluesky', points: curve(0.6, 0.25), extrapolation: [] },
];

/**
 * Three weekly cohorts × 4 periods. The last cohort is seen for 2 periods only (the
 * rest is not yet observable), is small, and is partial: signups end on Wednesday 17 Jan.
 */
export const HEATMAP_CELLS: readonly CohortCellRow[] = [
  ['2024-01-01', 1000, [1, 0.42, 0.3, 0.22]],
  ['2024-01-08', 800, [1, 0.35, 0.25, null]],
  ['2024-01-15', 40, [1, 0.05, null, null]],
].flatMap(([iso, users, rates]) =>
  (rates as (number | null)[]).map((rate, period) => ({
    cohort: day(iso as string),
    period,
    day_offset: period * 7,
    cohort_users: users as number,
    observable: rate !== null,
    active: rate === null ? null : Math.round(rate * (users as number)),
    rate,
    small: (users as number) < 50,
    modelled: true,
    cohort_end: new Date(day(iso as string).getTime() + 6 * 86_400_000),
    signups_end: day('2024-01-17'),
    partial: iso === '2024-01-15',
  })),
);
