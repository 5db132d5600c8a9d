import { formatCompact, formatPercent } from '../../../lib/format-number';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import type { ParamEstimate } from '../model/forecast';
import type { ModelRow } from '../model/compare-models';
import type { Horizon } from '../model/rolling-origin';

const num = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '—' : v.toFixed(digits));
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatPercent(v));

/** A parameter as "name = value ± SE unit", in compact figures for counts. */
function formatParam(p: ParamEstimate): string {
  const big = Math.abs(p.value) >= 1e4;
  const show = (v: number) => (big ? formatCompact(v) : v.toPrecision(3));
  return `${p.name} = ${show(p.value)}${p.se === null ? '' : ` ± ${show(p.se)}`}${p.unit && p.unit !== 'people' ? ` ${p.unit}` : ''}`;
}

const horizonColumns = (h: Horizon): DataColumn<ModelRow>[] => [
  {
    id: `mape${h}`,
    header: `MAPE ${h}m`,
    numeric: true,
    cell: (r) => pct(r.evaluation.byHorizon[h].mape),
    cellProps: () => ({ 'data-field': `mape${h}` }),
  },
  {
    id: `mase${h}`,
    header: `MASE ${h}m`,
    numeric: true,
    cell: (r) => num(r.evaluation.byHorizon[h].mase),
    cellProps: () => ({ 'data-field': `mase${h}` }),
  },
];

export interface ModelComparisonTableProps {
  readonly rows: readonly ModelRow[];
  readonly chosenId: string | undefined;
  readonly defaultId: string | null;
}

/**
 * One row per model and baseline: the fit on every figure (parameters ± standard error,
 * AIC) and the rolling-origin record (MAPE and MASE 3, 6 and 12 months ahead, and how
 * often the 80% band held the figure reported later).
 */
export function ModelComparisonTable({ rows, chosenId, defaultId }: ModelComparisonTableProps) {
  const columns: DataColumn<ModelRow>[] = [
    {
      id: 'model',
      header: 'Model',
      rowHeader: true,
      cell: (r) => (
        <>
          {r.forecaster.label}
          {r.forecaster.id === chosenId ? ' (shown)' : ''}
          {r.forecaster.id === defaultId ? ' · lowest 6m MASE' : ''}
        </>
      ),
    },
    {
      id: 'params',
      header: 'Parameters (± standard error)',
      cell: (r) => (r.fit ? r.fit.params.map(formatParam).join('; ') : `No fit: ${r.fitError ?? ''}`),
    },
    {
      id: 'aic',
      header: 'AIC',
      numeric: true,
      cell: (r) => num(r.fit?.aic, 1),
      cellProps: () => ({ 'data-field': 'aic' }),
    },
    ...horizonColumns(3),
    ...horizonColumns(6),
    ...horizonColumns(12),
    {
      id: 'coverage',
      header: '80% band coverage',
      numeric: true,
      cell: (r) => `${pct(r.evaluation.overall.coverage)} of ${r.evaluation.overall.banded}`,
      cellProps: () => ({ 'data-field': 'coverage' }),
    },
  ];
  return (
    <DataTable
      label="Model comparison"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.forecaster.id}
      rowProps={(r) => ({
        'data-model': r.forecaster.id,
        'data-kind': r.forecaster.kind,
        'data-chosen': r.forecaster.id === chosenId,
      })}
    />
  );
}
