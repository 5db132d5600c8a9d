import { formatFull, formatPercent } from '../../../lib/format-number';
import { sortPlatforms } from '../../../lib/platforms';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';
import type { BracketRetentionRow } from '../api/bracket-retention';
import { bracketLabel, type DayBracket } from '../model/brackets';
import { wilson } from '../model/wilson';

export interface BracketRetentionTableProps {
  readonly brackets: readonly DayBracket[];
  readonly rows: readonly BracketRetentionRow[];
}

/** One row per bracket, one column per platform: the share retained with its 95% Wilson interval. */
export function BracketRetentionTable({ brackets, rows }: BracketRetentionTableProps) {
  const platforms = sortPlatforms(new Set(rows.map((r) => r.platform)));
  const at = new Map(rows.map((r) => [`${r.platform} ${r.bracket}`, r]));
  const indexed = brackets.map((b, i) => ({ ...b, index: i }));
  const columns: DataColumn<(typeof indexed)[number]>[] = [
    { id: 'bracket', header: 'Active on any of', rowHeader: true, cell: (b) => bracketLabel(b) },
    ...platforms.map<DataColumn<(typeof indexed)[number]>>((p) => ({
      id: p,
      header: p,
      numeric: true,
      cell: (b) => {
        const r = at.get(`${p} ${b.index}`);
        if (!r) return 'not yet observable';
        const interval = wilson(r.active, r.users);
        return `${formatPercent(r.retention)}${interval ? ` (${formatPercent(interval.low)}–${formatPercent(interval.high)})` : ''}`;
      },
      cellProps: (b) => {
        const r = at.get(`${p} ${b.index}`);
        return {
          'data-platform': p,
          'data-retention': r?.retention ?? '',
          title: r
            ? `${formatFull(r.active)} of ${formatFull(r.users)} users active on any of ${bracketLabel(b).toLowerCase()}`
            : `No ${p} cohort has been observed through day ${b.hi} yet`,
        };
      },
    })),
  ];
  return (
    <DataTable
      label="Retention by day bracket"
      columns={columns}
      rows={indexed}
      rowKey={(b) => `${b.lo}-${b.hi}`}
      rowProps={(b) => ({ 'data-bracket': `${b.lo}-${b.hi}` })}
    />
  );
}
