import { formatFull } from '../../../lib/format-number';
import { isoDay } from '../../../lib/time/day';
import type { AdoptionSeries } from '../model/series';

/** The plotted figures as a table, for screen readers and for checking a source. */
export function AdoptionTable({ series }: { series: readonly AdoptionSeries[] }) {
  const rows = series.flatMap((s) => s.points).sort((a, b) => a.date.getTime() - b.date.getTime());
  return (
    <details>
      <summary>Show the {rows.length} plotted figures as a table</summary>
      <table className="data-table" aria-label="Plotted figures">
        <thead>
          <tr>
            <th>Platform</th>
            <th>Date</th>
            <th className="num">Value</th>
            <th>Metric</th>
            <th>Basis</th>
            <th>Coverage</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{r.platform}</td>
              <td>{isoDay(r.date)}</td>
              <td className="num">{formatFull(r.value)}</td>
              <td>{r.metric}</td>
              <td>{r.basis}</td>
              <td>{r.coverage}</td>
              <td>{r.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
