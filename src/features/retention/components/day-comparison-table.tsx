import './churn-definitions.css';
import { formatPercent } from '../../../lib/format-number';
import { platformColor, sortPlatforms } from '../../../lib/platforms';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import { Swatch } from '../../../lib/ui/swatch';
import type { DayFigure } from '../model/day-comparison';
import { comparisonText } from './churn-figure-cell';

export interface DayComparisonTableProps {
  /** Each platform's figures on the compared days. */
  readonly figures: ReadonlyMap<string, readonly DayFigure[]>;
  /** The platform the others are tested against; empty for none. */
  readonly baseline: string;
}

interface PlatformRow {
  readonly platform: string;
  readonly figures: readonly DayFigure[];
}

/**
 * Retention on days 1, 7, 30 and 90 per platform with 95% Wilson intervals and, against
 * a baseline, whether each difference is beyond noise.
 */
export function DayComparisonTable({ figures, baseline }: DayComparisonTableProps) {
  const theme = useChartTheme();
  const rows: PlatformRow[] = sortPlatforms(figures.keys()).map((platform) => ({
    platform,
    figures: figures.get(platform) ?? [],
  }));
  const days = [...new Set(rows.flatMap((r) => r.figures.map((f) => f.day)))].sort((a, b) => a - b);
  const columns: DataColumn<PlatformRow>[] = [
    {
      id: 'platform',
      header: 'Platform',
      rowHeader: true,
      cell: (r) => (
        <>
          <Swatch color={platformColor(r.platform, theme.name)} /> {r.platform}
          {r.platform === baseline ? ' (baseline)' : ''}
        </>
      ),
    },
    ...days.map((day): DataColumn<PlatformRow> => ({
      id: `day-${day}`,
      header: `Day ${day} (95% interval)`,
      numeric: true,
      cell: (r) => {
        const f = r.figures.find((x) => x.day === day);
        if (!f) return 'not yet observable';
        return (
          <>
            <strong>{formatPercent(f.rate)}</strong>
            {f.interval ? (
              <span className="figure-interval">
                {' '}
                ({formatPercent(f.interval.low)}–{formatPercent(f.interval.high)})
              </span>
            ) : null}
            {baseline && r.platform !== baseline ? (
              <span className="figure-comparison">{comparisonText(f.comparison, baseline)}</span>
            ) : null}
          </>
        );
      },
      cellProps: (r) => {
        const f = r.figures.find((x) => x.day === day);
        return {
          'data-day': day,
          'data-value': f?.rate ?? '',
          'data-noise': f?.comparison ? String(f.comparison.withinNoise) : '',
        };
      },
    })),
  ];
  return (
    <DataTable
      label="Retention on given days"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.platform}
      rowProps={(r) => ({ 'data-platform': r.platform })}
    />
  );
}
