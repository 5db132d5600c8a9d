import type { CsvProblem } from '../../../lib/datasets/ingest/csv-load-error';
import { DataTable, type DataColumn } from '../../../lib/ui/data-table';

const COLUMNS: readonly DataColumn<CsvProblem>[] = [
  { id: 'line', header: 'Line', cell: (p) => p.line, numeric: true },
  { id: 'column', header: 'Column', cell: (p) => p.column ?? '(whole line)' },
  { id: 'reason', header: 'Problem', cell: (p) => p.reason },
];

/** Each problem with its line, column and reason. */
export function ProblemsTable({ problems }: { problems: readonly CsvProblem[] }) {
  return <DataTable label="Problems" columns={COLUMNS} rows={problems} rowKey={(_, i) => i} />;
}
