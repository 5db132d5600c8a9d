import { formatPercent } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import type { FittedSeries } from './curve-series';

const num = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : v.toPrecision(3));

/** The fitted model of each platform: formula, parameters ± standard error, error, day-365 value. */
export function FitParametersTable({ series }: { series: readonly FittedSeries[] }) {
  const fitted = series.filter((s) => s.fit !== null);
  if (fitted.length === 0) return <p className="chart-note">Too few points to fit a decay model.</p>;
  return (
    <table className="data-table" aria-label="Fitted decay parameters">
      <thead>
        <tr>
          <th scope="col">Platform</th>
          <th scope="col">Model (lower error of the two)</th>
          <th scope="col">Parameters ± standard error</th>
          <th scope="col" className="num">RMSE</th>
          <th scope="col" className="num">Day 365 (95% band)</th>
        </tr>
      </thead>
      <tbody>
        {fitted.map((s) => {
          const fit = s.fit!;
          const end = s.extrapolation.at(-1);
          return (
            <tr key={s.platform} data-platform={s.platform} data-model={fit.model}>
              <th scope="row">
                <span className="swatch" style={{ background: platformColor(s.platform) }} aria-hidden="true" /> {s.platform}
              </th>
              <td>
                {fit.label}: <code>{fit.formula}</code>
              </td>
              <td>
                {Object.entries(fit.parameters)
                  .map(([name, value]) => `${name} = ${num(value)} ± ${num(fit.standardErrors[name])}`)
                  .join(', ')}
              </td>
              <td className="num">{(fit.rmse * 100).toFixed(2)} pt</td>
              <td className="num">
                {end ? `${formatPercent(end.fit)} (${formatPercent(end.low)}–${formatPercent(end.high)})` : 'observed'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
