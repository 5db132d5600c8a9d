import { DAY_MS, formatDay, isoDay, parseDay } from '../../../lib/time/day';
import type { AsOfChartRow } from './as-of-chart';

/** Columns of the time machine's CSV: one row per drawn position, the modelled value and any figure reported there. */
export const TIME_MACHINE_COLUMNS = [
  'platform',
  'region',
  'measure',
  'model',
  'date',
  'days_since_launch',
  'modelled',
  'band_low',
  'band_high',
  'reported_fitted',
  'reported_after_cutoff',
] as const;

/** What the time machine's files say about the view. */
export interface TimeMachineExportInput {
  readonly platform: string;
  /** The analogue launch: its region's series, days counted from its date. */
  readonly launch: { readonly region: string; readonly event_date: Date };
  /** "MAU" or "signups". */
  readonly unit: string;
  readonly modelLabel: string;
  /** `YYYY-MM-DD`, or null for today (every figure fitted). */
  readonly cutoff: string | null;
  /** How many figures the fit saw. */
  readonly used: number;
  /** Who counted the series (null: the data does not say) and each figure's source. */
  readonly vendor: string | null;
  readonly sources: readonly string[];
}

/** The rows as drawn: the modelled curve (so labelled by its column) and the reported figures on their days. */
export function timeMachineRows(input: TimeMachineExportInput, rows: readonly AsOfChartRow[]) {
  const start = input.launch.event_date.getTime();
  return rows.map((r) => ({
    platform: input.platform,
    region: input.launch.region,
    measure: input.unit,
    model: input.modelLabel,
    date: isoDay(new Date(r.x)),
    days_since_launch: Math.round((r.x - start) / DAY_MS),
    modelled: Math.round(r.modelled),
    band_low: r.band ? Math.round(r.band[0]) : null,
    band_high: r.band ? Math.round(r.band[1]) : null,
    reported_fitted: r.used ?? null,
    reported_after_cutoff: r.later ?? null,
  }));
}

/** Platform, region, model and the cutoff ("today" without one): what the files hold. */
export function timeMachineFileParts(input: TimeMachineExportInput): string[] {
  return [
    input.platform,
    input.launch.region,
    input.modelLabel,
    input.cutoff === null ? 'today' : `cutoff ${input.cutoff}`,
  ];
}

/** The image's settings line: the series, the model and the day it projects from. */
export function timeMachineSettings(input: TimeMachineExportInput): string {
  const when = input.cutoff === null ? 'today (every figure)' : formatDay(parseDay(input.cutoff));
  return [
    `Series: ${input.unit} of ${input.platform} (${input.launch.region}), counted by ${input.vendor ?? 'a counter the data does not name'}`,
    `Model: ${input.modelLabel}`,
    `As of: ${when}, fitted to ${input.used} figure${input.used === 1 ? '' : 's'}`,
  ].join(' · ');
}

/** Each source of the series once, in order. */
export function timeMachineSources(input: TimeMachineExportInput): string {
  return [...new Set(input.sources.filter(Boolean))].join('; ');
}
