import { formatPercent } from '../../../lib/format-number';
import { platformColor } from '../../../lib/platforms';
import { formatDay } from '../../../lib/time/day';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import { Swatch } from '../../../lib/ui/swatch';
import type { ChurnDefinitionsRow } from '../api/churn-definitions';
import type { ReportedChurnRow } from '../api/reported-churn';
import {
  CHURN_DEFINITIONS,
  DEFINITION_TEXT,
  churnFigure,
  claimsOf,
  compareFigures,
  type ChurnDefinitionId,
  type ChurnFigure,
} from '../model/churn-definitions';
import { ChurnFigureCell, comparisonText, figureTitle } from './churn-figure-cell';

export interface ChurnDefinitionsTableProps {
  /** One row per platform, in display order. */
  readonly rows: readonly ChurnDefinitionsRow[];
  /** Published figures; each goes in the row of the definition it used. */
  readonly reported: readonly ReportedChurnRow[];
  /** The platform the others are tested against; empty for none. */
  readonly baseline: string;
}

const firstSource = (source: string) => source.split(';')[0]?.trim() ?? source;
const dataValue = (f: ChurnFigure) =>
  f.kind === 'share' || f.kind === 'ratio' ? f.value : f.kind === 'bounds' ? `${f.low}–${f.high}` : '';

function Claims({ claims }: { claims: readonly ReportedChurnRow[] }) {
  if (claims.length === 0) return <>–</>;
  return (
    <ul className="reported-list">
      {claims.map((c) => (
        <li
          key={`${c.metric}-${c.date.getTime()}-${c.value}`}
          title={`${c.source}${c.note ? ` — ${c.note}` : ''}`}
          data-claim={c.value}
        >
          <strong>{formatPercent(c.value)}</strong> {c.platform}, to {formatDay(c.date)} ({firstSource(c.source)};{' '}
          {c.coverage})
        </li>
      ))}
    </ul>
  );
}

/**
 * One row per definition of month-one churn, one column per platform, and the published
 * claims in the row of the definition each used, so the reader sees why different
 * figures for the same month can all be right.
 */
export function ChurnDefinitionsTable({ rows, reported, baseline }: ChurnDefinitionsTableProps) {
  const theme = useChartTheme();
  const base = rows.find((r) => r.platform === baseline);
  const platformColumns: DataColumn<ChurnDefinitionId>[] = rows.map((r) => ({
    id: r.platform,
    header: (
      <>
        <Swatch color={platformColor(r.platform, theme.name)} /> {r.platform}
        {r.platform === baseline ? ' (baseline)' : ''}
      </>
    ),
    numeric: true,
    cell: (id) => {
      const figure = churnFigure(r, id);
      const comparison =
        base && r !== base ? comparisonText(compareFigures(figure, churnFigure(base, id)), baseline) : undefined;
      return <ChurnFigureCell figure={figure} comparison={comparison} />;
    },
    cellProps: (id) => {
      const figure = churnFigure(r, id);
      return {
        'data-platform': r.platform,
        'data-kind': figure.kind,
        'data-value': dataValue(figure),
        title: figureTitle(figure),
      };
    },
  }));
  const columns: DataColumn<ChurnDefinitionId>[] = [
    {
      id: 'definition',
      header: 'Definition',
      rowHeader: true,
      cell: (id) => (
        <>
          {DEFINITION_TEXT[id].name}
          <span className="definition-counts">{DEFINITION_TEXT[id].counts}</span>
        </>
      ),
    },
    ...platformColumns,
    { id: 'claims', header: 'Published claims using it', cell: (id) => <Claims claims={claimsOf(id, reported)} /> },
  ];
  return (
    <DataTable
      label="Month-one churn by definition"
      columns={columns}
      rows={CHURN_DEFINITIONS}
      rowKey={(id) => id}
      rowProps={(id) => ({ 'data-definition': id })}
    />
  );
}
