import type { ReactNode, TdHTMLAttributes } from 'react';
import { ScrollRegion } from './scroll-region';

/** `data-*` attributes, for tests and styles that pick out a row or a cell. */
export type DataAttributes = { readonly [name: `data-${string}`]: string | number | boolean | undefined };

/** One column: its header and how a row's cell is formatted. */
export interface DataColumn<Row> {
  /** Unique within the table (a React key). */
  readonly id: string;
  readonly header: ReactNode;
  /** The cell's content, formatted (`formatFull(row.users)`). */
  readonly cell: (row: Row) => ReactNode;
  /** Right-aligned with tabular figures, header too. */
  readonly numeric?: boolean;
  /** A `<th scope="row">`: the cell that names its row (the platform). */
  readonly rowHeader?: boolean;
  /** Extra attributes of each cell (`data-churn`, a `title`). */
  readonly cellProps?: (row: Row) => DataAttributes & Pick<TdHTMLAttributes<HTMLTableCellElement>, 'title'>;
}

export interface DataTableProps<Row> {
  /** The table's accessible name ("Month-one churn"). */
  readonly label: string;
  /** A visible caption, when the table has no heading of its own nearby. */
  readonly caption?: ReactNode;
  readonly columns: readonly DataColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row, index: number) => string | number;
  /** Attributes of each `<tr>` (`data-platform`). */
  readonly rowProps?: (row: Row) => DataAttributes;
}

/**
 * A table of rows by column definitions, inside its own focusable scroll region so a
 * wide table scrolls by itself on a small screen instead of widening the page.
 */
export function DataTable<Row>({ label, caption, columns, rows, rowKey, rowProps }: DataTableProps<Row>) {
  const align = (c: DataColumn<Row>) => (c.numeric ? 'num' : undefined);
  return (
    <ScrollRegion label={`${label}, scrollable`}>
      <table className="data-table" aria-label={label}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={align(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} {...rowProps?.(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.id} scope="row" className={align(c)} {...c.cellProps?.(row)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.id} className={align(c)} {...c.cellProps?.(row)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
