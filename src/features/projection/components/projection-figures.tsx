import { formatCompact, formatFull } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import { ScrollRegion } from '../../../lib/ui/scroll-region';
import type { FiguresProjection } from '../model/carried-projection';
import type { ProjectionRow } from '../model/project';

/** The days reported as text. */
export const FIGURE_DAYS = [30, 90, 365] as const;

/** A published expectation set beside the projected year. */
export interface FigureExpectation {
  readonly value: number;
  /** Who expected it and what it counts, e.g. "Williamson; additional monthly users in 2024". */
  readonly label: string;
}

export interface ProjectionFiguresProps {
  /** The target, e.g. "EU", named in the table's accessible name. */
  readonly targetName: string;
  readonly rows: readonly ProjectionRow[];
  readonly dayOf: (day: number) => Date | null;
  readonly expectations: readonly FigureExpectation[];
  /** Which model made the rows (null: the Bass projection, before the comparison is ready). */
  readonly model: FiguresProjection | null;
}

/** The caption's words after the badge: the model, its band, and why it is not the chosen one when it is not. */
function modelWords(model: FiguresProjection | null): string {
  if (model === null) return 'Bass projection (10th–90th percentile band), beside the published expectations';
  const which =
    model.fallback === null
      ? 'the model chosen under Growth models, backtested'
      : `${model.fallback}, so the launch projection's Bass is shown`;
  return `${model.label} projection (${which}); band: ${model.band}; beside the published expectations`;
}

const range = (low: number, high: number) => `${formatCompact(low)} – ${formatCompact(high)}`;
const ratio = (projected: number, expected: number) => `${(projected / expected).toFixed(2)}×`;
const ratioRange = (low: number, high: number, expected: number) =>
  `${ratio(low, expected)} – ${ratio(high, expected)}`;

/**
 * Projected signups and actives at 30, 90 and 365 days with the band (modelled), then each
 * published expectation against the projected year: projected ÷ expected, for signups and
 * for active users, since an expectation may count either.
 */
export function ProjectionFigures({ targetName, rows, dayOf, expectations, model }: ProjectionFiguresProps) {
  const year = rows[365];
  return (
    <ScrollRegion label={`${targetName} launch at 30, 90 and 365 days, scrollable`}>
      <table className="data-table" aria-label={`${targetName} launch at 30, 90 and 365 days`}>
        <caption className="chart-note" data-model={model?.id ?? 'bass'}>
          <span className="modelled-badge">Modelled</span> {modelWords(model)}
        </caption>
        <thead>
          <tr>
            <th scope="col">After</th>
            <th scope="col" className="num">
              Cumulative signups
            </th>
            <th scope="col" className="num">
              Band (10th–90th)
            </th>
            <th scope="col" className="num">
              Active users
            </th>
            <th scope="col" className="num">
              Band (10th–90th)
            </th>
          </tr>
        </thead>
        <tbody>
          {FIGURE_DAYS.map((day) => {
            const row = rows[day];
            if (!row) return null;
            const date = dayOf(day);
            return (
              <tr key={day} data-day={day}>
                <th scope="row">
                  {day} days{date ? <span className="chart-note"> ({formatDay(date)})</span> : null}
                </th>
                <td className="num" data-field="signups" title={formatFull(Math.round(row.signups))}>
                  {formatCompact(row.signups)}
                </td>
                <td className="num">{range(row.signupsLow, row.signupsHigh)}</td>
                <td className="num" data-field="actives" title={formatFull(Math.round(row.actives))}>
                  {formatCompact(row.actives)}
                </td>
                <td className="num">{range(row.activesLow, row.activesHigh)}</td>
              </tr>
            );
          })}
          {year
            ? expectations.map((e) => (
                <tr key={e.label} data-expected={e.value}>
                  <th scope="row">
                    ~{formatCompact(e.value)} expected <span className="chart-note">({e.label})</span>
                  </th>
                  <td className="num" data-field="signups-ratio">
                    365 days ÷ expected: {ratio(year.signups, e.value)}
                  </td>
                  <td className="num">{ratioRange(year.signupsLow, year.signupsHigh, e.value)}</td>
                  <td className="num" data-field="actives-ratio">
                    365 days ÷ expected: {ratio(year.actives, e.value)}
                  </td>
                  <td className="num">{ratioRange(year.activesLow, year.activesHigh, e.value)}</td>
                </tr>
              ))
            : null}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
