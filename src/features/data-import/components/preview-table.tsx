import { DataTable } from '../../../lib/ui/data-table';

/** The first rows of a file as the chosen dialect reads them: what you see is what will be imported. */
export function PreviewTable({ rows, header }: { rows: readonly string[][]; header: readonly string[] }) {
  const columns = header.map((name, i) => ({
    id: String(i),
    header: name,
    cell: (row: readonly string[]) => row[i] ?? '',
  }));
  return <DataTable label="Preview" columns={columns} rows={rows} rowKey={(_, i) => i} />;
}
