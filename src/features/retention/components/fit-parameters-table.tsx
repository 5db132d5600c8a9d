import { formatPercent } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { useChartTheme, type ThemeName } from '../../../lib/ui/chart-theme';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import { Swatch } from '../../../lib/ui/swatch';
import type { CurveFit } from '../model/curve-fit';
import type { FittedSeries } from './curve-series';

const num = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : v.toPrecision(3));

type FittedRow = FittedSeries & { readonly fit: CurveFit };

function columns(theme: ThemeName): DataColumn<FittedRow>[] {
  return [
    {
      id: 'platform',
      header: 'Platform',
      rowHeader: true,
      cell: (s) => (
        <>
          <Swatch color={platformColor(s.platform, theme)} /> {s.platform}
        </>
      ),
    },
    {
      id: 'model',
      header: 'Model (lower error of the two)',
      cell: (s) => (
        <>
          {s.fit.label}: <code>{s.fit.formula}</code>
        </>
      ),
    },
    {
      id: 'parameters',
      header: 'Parameters ± standard error',
      cell: (s) =>
        Object.entries(s.fit.parameters)
          .map(([name, value]) => `${name} = ${num(value)} ± ${num(s.fit.standardErrors[name])}`)
          .join(', '),
    },
    { id: 'rmse', header: 'RMSE', numeric: true, cell: (s) => `${(s.fit.rmse * 100).toFixed(2)} pt` },
    {
      id: 'day365',
      header: 'Day 365 (95% band)',
      numeric: true,
      cell: (s) => {
        const end = s.extrapolation.at(-1);
        return end ? `${formatPercent(end.fit)} (${formatPercent(end.low)}–${formatPercent(end.high)})` : 'observed';
      },
    },
  ];
}

/** The fitted model of each platform: formula, parameters ± standard error, error, day-365 value. */
export function FitParametersTable({ series }: { series: readonly FittedSeries[] }) {
  const theme = useChartTheme();
  const fitted = series.filter((s): s is FittedRow => s.fit !== null);
  if (fitted.length === 0) return <p className="chart-note">Too few points to fit a decay model.</p>;
  return (
    <DataTable
      label="Fitted decay parameters"
      columns={columns(theme.name)}
      rows={fitted}
      rowKey={(s) => s.platform}
      rowProps={(s) => ({ 'data-platform': s.platform, 'data-model': s.fit.model })}
    />
  );
}
