import { formatCompact, formatFull } from '../../../lib/format-number';
import { formatDay } from '../../../lib/time/day';
import type { ProjectionRow } from '../model/project';

/** The days reported as text. */
export const FIGURE_DAYS = [30, 90, 365] as const;

export interface ProjectionFiguresProps {
  readonly rows: readonly ProjectionRow[];
  readonly dayOf: (day: number) => Date | null;
}

const range = (low: number, high: number) => `${formatCompact(low)} – ${formatCompact(high)}`;

/** Projected signups and actives at 30, 90 and 365 days, with the band, as a table. */
export function ProjectionFigures({ rows, dayOf }: ProjectionFiguresProps) {
  return (
    <table className="data-table" aria-label="Projected figures">
      <thead>
        <tr>
          <th scope="col">After</th>
          <th scope="col" className="num">Cumulative signups</th>
          <th scope="col" className="num">Band (10th–90th)</th>
          <th scope="col" className="num">Active users</th>
          <th scope="col" className="num">Band (10th–90th)</th>
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
      </tbody>
    </table>
  );
}
