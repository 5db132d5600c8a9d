import './churn-definitions.css';
import { formatPercent } from '../../../lib/format-number';
import { platformColor, sortPlatforms } from '../../../lib/platforms';
import { useChartTheme } from '../../../lib/ui/chart-theme';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import { Swatch } from '../../../lib/ui/swatch';
import type { DayFigure } from '../model/day-comparison';
import type { RelativeMeasure } from '../model/relative-curves';
import { intervalMethod, relativeComparisonText, relativeLabel } from './relative-figure-text';

export interface DayComparisonTableProps {
  /** Each platform's figures on the compared days. */
  readonly figures: ReadonlyMap<string, readonly DayFigure[]>;
  /** The platform the others are tested against; empty for none. */
  readonly baseline: string;
  /** How each figure is set against the baseline's. */
  readonly measure: RelativeMeasure;
}

interface PlatformRow {
  readonly platform: string;
  readonly figures: readonly DayFigure[];
}

/**
 * Retention on days 1, 7, 30 and 90 per platform with 95% Wilson intervals and, against
 * a baseline, each one against it (a difference or a ratio, with its interval) and whether
 * the gap is beyond noise.
 */
export function DayComparisonTable({ figures, baseline, measure }: DayComparisonTableProps) {
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
              <span className="figure-comparison">
                {relativeComparisonText(f.relative, f.comparison, baseline, measure)}
              </span>
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
          'data-relative': f?.relative?.value ?? '',
        };
      },
    })),
  ];
  return (
    <DataTable
      label="Retention on given days"
      caption={
        baseline
          ? `Each platform against ${baseline} (the baseline): the ${relativeLabel(baseline, measure)}, 95% interval by ${intervalMethod(measure)}; beyond noise by a two-proportion z-test on pooled users.`
          : undefined
      }
      columns={columns}
      rows={rows}
      rowKey={(r) => r.platform}
      rowProps={(r) => ({ 'data-platform': r.platform })}
    />
  );
}
