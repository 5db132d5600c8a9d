import { baseName } from '../ingest/import-defaults';
import type { SeriesMetric } from './shape-types';

/** One metric a series can be read as: its label on the card and the chart's measure for it. */
export interface SeriesMetricOption {
  readonly metric: SeriesMetric;
  readonly label: string;
  readonly measure: string;
}

/** The metrics the settings offer, in the order they are offered. */
export const SERIES_METRICS: readonly SeriesMetricOption[] = [
  { metric: 'MAU', label: 'MAU (monthly active users)', measure: 'MAU' },
  { metric: 'DAU', label: 'DAU (daily active users)', measure: 'DAU' },
  { metric: 'mDAU', label: "mDAU (Twitter's monetisable DAU)", measure: 'mDAU' },
  { metric: 'registered_accounts', label: 'registered accounts', measure: 'registered' },
  { metric: 'signups_cumulative', label: 'cumulative signups', measure: 'registered' },
];

/** The chart's measure for a metric (registered accounts and cumulative signups are both "registered"). */
export function measureOf(metric: SeriesMetric): string {
  return SERIES_METRICS.find((m) => m.metric === metric)?.measure ?? metric;
}

/** The card's label for a metric. */
export function labelOf(metric: SeriesMetric): string {
  return SERIES_METRICS.find((m) => m.metric === metric)?.label ?? metric;
}

/** Words of a file name that name a metric (`mau.csv`, `bluesky-dau.csv`, `x registered accounts.csv`). */
const NAME_WORDS: readonly { readonly word: string; readonly metric: SeriesMetric }[] = [
  { word: 'mau', metric: 'MAU' },
  { word: 'dau', metric: 'DAU' },
  { word: 'mdau', metric: 'mDAU' },
  { word: 'registered', metric: 'registered_accounts' },
  { word: 'accounts', metric: 'registered_accounts' },
  { word: 'signups', metric: 'signups_cumulative' },
];

/** The metric a file's name says its values are, or null when it names none (or more than one). */
export function metricFromFileName(fileName: string): SeriesMetric | null {
  const words = baseName(fileName)
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  const named = new Set(NAME_WORDS.filter((n) => words.includes(n.word)).map((n) => n.metric));
  return named.size === 1 ? ([...named][0] as SeriesMetric) : null;
}
