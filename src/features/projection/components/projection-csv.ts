import { isoDay } from '../../../lib/time/day';
import type { FiguresProjection } from '../model/carried-projection';

/**
 * Columns of the projection CSV: the projected table by day, the fitted analogue on the same
 * axis, the model, then what is modelled (every projected figure; and whether the retention
 * cohorts the active users rest on are modelled or reported), so the file says it on its own.
 */
export const PROJECTION_COLUMNS = [
  'platform',
  'target_region',
  'day',
  'date',
  'signups_low',
  'signups',
  'signups_high',
  'actives_low',
  'actives',
  'actives_high',
  'analogue_signups',
  'model',
  'modelled',
  'retention_cohorts',
] as const;

/** What the rows need of the view besides the projection. */
export interface ProjectionCsvInput {
  readonly platform: string;
  readonly targetRegion: string | null;
  /** Calendar day of a day offset from the target launch. */
  readonly dayOf: (offset: number) => Date | null;
  /** The retention cohorts the active users come from are modelled (their rows' flag). */
  readonly cohortsModelled: boolean;
}

/**
 * The projection as drawn, one row per day since the target launch, under the model drawn
 * (counts rounded to whole people): the same rows as the chart and the 30/90/365-day table,
 * and the analogue as that model fitted it.
 */
export function projectionCsvRows(input: ProjectionCsvInput, figures: FiguresProjection) {
  return figures.rows.map((r) => {
    const date = input.dayOf(r.day);
    return {
      platform: input.platform,
      target_region: input.targetRegion,
      day: r.day,
      date: date ? isoDay(date) : null,
      signups_low: Math.round(r.signupsLow),
      signups: Math.round(r.signups),
      signups_high: Math.round(r.signupsHigh),
      actives_low: Math.round(r.activesLow),
      actives: Math.round(r.actives),
      actives_high: Math.round(r.activesHigh),
      analogue_signups: Math.round(figures.analogue(r.day)),
      model: figures.label,
      modelled: true,
      retention_cohorts: input.cohortsModelled ? 'modelled' : 'reported',
    };
  });
}
