import { formatCompact, formatFull } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import { ScrollRegion } from '../../../lib/ui/scroll-region';
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
export function ProjectionFigures({ targetName, rows, dayOf, expectations }: ProjectionFiguresProps) {
  const year = rows[365];
  return (
    <ScrollRegion label={`${targetName} launch at 30, 90 and 365 days, scrollable`}>
      <table className="data-table" aria-label={`${targetName} launch at 30, 90 and 365 days`}>
        <caption className="chart-note">
          <span className="modelled-badge">Modelled</span> Bass projection (10th–90th percentile band), beside the
          published expectations
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
