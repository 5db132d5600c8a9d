import { formatFull, formatPercent } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { formatDay, formatMonth } from '../../../lib/time/day';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { ScrollRegion } from '../../../lib/ui/scroll-region';
import type { CohortCellRow } from '../api/cohort-heatmap';
import type { CohortGrain } from '../api/retention-filters';
import { heatmapScaleMax, heatmapShade, heatmapText } from '../model/heatmap-shade';
import { isWide, wilson, type Interval } from '../model/wilson';

export interface CohortHeatmapGridProps {
  readonly cells: readonly CohortCellRow[];
  readonly grain: CohortGrain;
  readonly platform: string;
}

interface CohortRow {
  readonly cohort: Date;
  readonly users: number;
  readonly small: boolean;
  /** Why the cohort is partial, or null when its week or month is in the data whole. */
  readonly partial: string | null;
  readonly cells: CohortCellRow[];
}

/**
 * What a partial cohort's marker and cells say: its period went on after the data's last
 * signup day, so it holds only the users who had joined by then.
 */
export function partialCohortText(c: Pick<CohortCellRow, 'partial' | 'cohort_end' | 'signups_end'>): string | null {
  if (!c.partial) return null;
  return `partial: cohort still joining until ${formatDay(c.cohort_end)}; the data's signups end on ${formatDay(c.signups_end)}`;
}

function rowsOf(cells: readonly CohortCellRow[]): CohortRow[] {
  const rows = new Map<number, CohortRow>();
  for (const c of cells) {
    const key = c.cohort.getTime();
    const row = rows.get(key) ?? {
      cohort: c.cohort,
      users: c.cohort_users,
      small: c.small,
      partial: partialCohortText(c),
      cells: [],
    };
    row.cells.push(c);
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Opacity of a cell whose interval is too wide to read on its own. */
const FADED = 0.45;

/** A cell's 95% Wilson interval, for its title. */
function intervalText(interval: Interval | null): string {
  if (!interval) return '';
  const wide = isWide(interval) ? ' (wider than 20 points: faded)' : '';
  return `; 95% interval ${formatPercent(interval.low)}–${formatPercent(interval.high)}${wide}`;
}

/**
 * The cohort triangle as a table: rows are cohorts, columns periods since signup, cells
 * shaded by retention in the platform's colour, scaled to the highest share after period 0
 * (the square root spreads the low shares apart), each cell's text dark or light, whichever reads better on its shade. Cells not
 * yet observable are hatched and say so (never 0); small cohorts are flagged, and so are
 * partial ones (their week or month ran past the data's last signup day). Pure: it
 * draws the cells it is given.
 */
export function CohortHeatmapGrid({ cells, grain, platform }: CohortHeatmapGridProps) {
  const theme = useChartTheme();
  const rows = rowsOf(cells);
  const periods = rows[0]?.cells.map((c) => c.period) ?? [];
  const color = platformColor(platform, theme.name);
  const scaleMax = heatmapScaleMax(cells);
  const shade = (rate: number) => heatmapShade(color, theme.background, rate, scaleMax);
  const unit = grain === 'week' ? 'W' : 'M';
  const cohortLabel = (d: Date) => (grain === 'week' ? `Week of ${formatDay(d)}` : formatMonth(d));
  return (
    <ScrollRegion className="heatmap-scroll" label={`Cohort heatmap of ${platform}, scrollable`}>
      <table
        className="heatmap"
        aria-label={`Cohort heatmap of ${platform}`}
        data-rows={rows.length}
        data-columns={periods.length}
      >
        <thead>
          <tr>
            <th scope="col">Cohort</th>
            <th scope="col" className="num">
              Users
            </th>
            {periods.map((p) => (
              <th
                key={p}
                scope="col"
                title={`${grain === 'week' ? 'Week' : 'Month'} ${p}: day ${p * (grain === 'week' ? 7 : 30)}`}
              >
                {unit}
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.cohort.getTime()} data-small={row.small} data-partial={row.partial !== null}>
              <th scope="row">
                {cohortLabel(row.cohort)}
                {row.small ? (
                  <span className="small-flag" title="Small cohort: its shares are noisy">
                    {' '}
                    (small)
                  </span>
                ) : null}
                {row.partial ? (
                  <span className="partial-flag" title={`P${row.partial.slice(1)}`}>
                    {' '}
                    (partial)
                  </span>
                ) : null}
              </th>
              <td className="num">{formatFull(row.users)}</td>
              {row.cells.map((c) => {
                if (!c.observable || c.rate === null) {
                  return (
                    <td key={c.period} data-observable="false" className="unobserved" title="Not yet observable">
                      <span className="visually-hidden">not yet observable</span>
                    </td>
                  );
                }
                const interval = wilson(c.active ?? 0, c.cohort_users);
                const wide = isWide(interval);
                return (
                  <td
                    key={c.period}
                    data-observable="true"
                    data-wide={wide}
                    title={`${cohortLabel(row.cohort)}, day ${c.day_offset}: ${formatPercent(c.rate)} of ${formatFull(c.cohort_users)}${intervalText(interval)}${c.modelled ? '; modelled' : ''}${row.partial ? `; ${row.partial}` : ''}`}
                    style={{
                      background: shade(c.rate),
                      color: heatmapText(shade(c.rate)),
                      opacity: wide ? FADED : undefined,
                    }}
                  >
                    {Math.round(c.rate * 100)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
