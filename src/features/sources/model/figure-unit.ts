/** What a figure's value counts, by its metric code. */
export type FigureUnit = 'fraction' | 'signups a day' | 'signups' | 'accounts' | 'downloads' | 'users';

// Codes not listed (MAU, DAU, mDAU and their estimates, imported codes) count users.
const UNITS: Readonly<Record<string, FigureUnit>> = {
  signups_per_day: 'signups a day',
  signups_cumulative: 'signups',
  new_signups_period: 'signups',
  registered_accounts: 'accounts',
  active_90d_accounts: 'accounts',
  downloads_cumulative: 'downloads',
};

/** The unit of a metric: a fraction for declines and shares (0–1), else what is counted. */
export function figureUnit(metric: string): FigureUnit {
  if (metric.endsWith('_decline_vs_peak') || metric.startsWith('share_')) return 'fraction';
  return Object.hasOwn(UNITS, metric) ? (UNITS[metric] as FigureUnit) : 'users';
}
